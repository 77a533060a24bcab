package io.newsroom.store.service;

/** One line about a database failure, for logs and dead-letter reasons: the deepest cause, never the statement. */
public final class DatabaseErrors {

    private DatabaseErrors() {
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
