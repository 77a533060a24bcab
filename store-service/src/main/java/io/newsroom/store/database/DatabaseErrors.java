package io.newsroom.store.database;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a database failure means: one line about it for logs and dead-letter reasons (the deepest cause, never the
 * statement), and whether it is the database being away ({@link #isOutage}), a race with another writer that a
 * retry wins ({@link #isRace}), or neither: the data's fault, which no retry mends.
 */
public final class DatabaseErrors {

    /**
     * SQLState classes of a server that is away or cannot take work now: 08 connection exception, 53 insufficient
     * resources (too many connections, disk full), 57P01-57P03 shut down / crashed / starting up, 58 system error
     * (I/O), and 25006 (a read-only server: a standby until a failover completes).
     */
    private static final Set<String> OUTAGE_CLASSES = Set.of("08", "53", "58");
    private static final Set<String> OUTAGE_STATES = Set.of("57P01", "57P02", "57P03", "25006");

    /**
     * States a retry resolves when the database is fine: serialization failure, deadlock, lock not available, a
     * statement canceled by its timeout, and a duplicate key (two writers inserting the same new article at once; a
     * duplicate that is not a race fails again and is then the data's fault).
     */
    private static final Set<String> RACE_STATES = Set.of("40001", "40P01", "55P03", "57014", "23505");

    private DatabaseErrors() {
    }

    /** The database is away or not answering: connection refused or lost, no pooled connection in time, a silent server. */
    public static boolean isOutage(Throwable e) {
        for (Throwable t : chain(e)) {
            if (t instanceof java.io.IOException || t instanceof java.util.concurrent.TimeoutException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;    // socket errors and timeouts of the driver, Agroal's acquisition timeout
            }
            if (t instanceof java.sql.SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (OUTAGE_STATES.contains(state)
                        || state.length() >= 2 && OUTAGE_CLASSES.contains(state.substring(0, 2)))) {
                    return true;
                }
                // Agroal's "Sorry, acquisition timeout!" has no SQLState.
                if (state == null && String.valueOf(sql.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A conflict with a concurrent writer or a canceled statement: the same write succeeds when tried again. */
    public static boolean isRace(Throwable e) {
        for (Throwable t : chain(e)) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && RACE_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static List<Throwable> chain(Throwable e) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = e; t != null && chain.size() < 20 && !chain.contains(t); ) {
            chain.add(t);
            t = t instanceof java.sql.SQLException sql && sql.getNextException() != null ? sql.getNextException() : t.getCause();
        }
        return chain;
    }

    /**
     * The database's own words for a failure, without the statement: the driver's batch messages quote the whole
     * INSERT with its parameters (article bodies), which must not reach logs or dead-letter headers.
     */
    public static String describe(Throwable e) {
        Throwable root = e;
        for (int depth = 0; depth < 20; depth++) {
            Throwable next = root instanceof java.sql.SQLException sql && sql.getNextException() != null
                    ? sql.getNextException() : root.getCause();
            if (next == null || next == root) {
                break;
            }
            root = next;
        }
        if (root instanceof org.postgresql.util.PSQLException psql && psql.getServerErrorMessage() != null) {
            var server = psql.getServerErrorMessage();
            return "PostgreSQL " + server.getSQLState() + ": " + server.getMessage();
        }
        if (root instanceof java.sql.SQLException sql) {
            String message = String.valueOf(sql.getMessage());
            return "SQLState " + sql.getSQLState() + ": " + message.substring(0, Math.min(message.length(), 200));
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
