package io.newsroom.store.database;

import io.agroal.api.AgroalDataSource;
import io.newsroom.store.config.StoreConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The read path's one way to talk to PostgreSQL: a pooled connection for the duration of a request's work, statements
 * bound from a list of values and bounded by the query limit, each row read by a function. The open / prepare / bind /
 * iterate / close / wrap-the-error ceremony lives here once instead of in every query class.
 */
@ApplicationScoped
public class Jdbc {

    /** Reads one row; may throw like JDBC does. */
    public interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Work done on one connection. */
    public interface Work<T> {
        T run(Reads reads) throws SQLException;
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    StoreConfig config;

    /**
     * Runs {@code work} on one connection from the pool, every statement in one read-only snapshot: an article's row,
     * categories and entities are read as of one moment. Statement by statement (autocommit), a read could take the
     * entities before the store's transaction that wrote the article committed and the row after it, and answer 200
     * with an article without its entities. A failure is thrown as an {@link IllegalStateException} naming
     * {@code what}, with the driver's exception as its cause (ProblemMapper answers 503 for it).
     */
    public <T> T read(String what, Work<T> work) {
        return onConnection(what, connection -> {
            connection.setAutoCommit(false);
            try {
                try (Statement snapshot = connection.createStatement()) {
                    snapshot.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                }
                T result = work.run(new Reads(connection, config.queryTimeoutSeconds()));
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback); // the database went away: the first failure says why
                }
                throw e;
            } finally {
                try {
                    connection.setAutoCommit(true);
                } catch (SQLException broken) {
                    // A connection that cannot even do this is broken; the pool validates and replaces it.
                }
            }
        });
    }

    /** One query on its own connection (one statement is one snapshot already). */
    public <T> List<T> list(String what, String sql, List<?> params, Row<T> row) {
        return onConnection(what, connection -> new Reads(connection, config.queryTimeoutSeconds()).list(sql, params, row));
    }

    private interface OnConnection<T> {
        T run(Connection connection) throws SQLException;
    }

    /** A pooled connection for {@code work}; a failure becomes an {@link IllegalStateException} naming {@code what}. */
    private <T> T onConnection(String what, OnConnection<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(what + " failed", e);
        }
    }

    /** Statements on one connection. */
    public static final class Reads {
        private final Connection connection;
        private final int timeoutSeconds;

        Reads(Connection connection, int timeoutSeconds) {
            this.connection = connection;
            this.timeoutSeconds = timeoutSeconds;
        }

        /**
         * Every row of {@code sql}, its {@code ?} bound in order to {@code params}: a {@code String[]} or a collection
         * as a text array, an {@link Instant} as a UTC timestamp (not java.sql.Timestamp: see application.properties).
         */
        public <T> List<T> list(String sql, List<?> params, Row<T> row) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setQueryTimeout(timeoutSeconds);
                int i = 1;
                for (Object value : params) {
                    statement.setObject(i++, parameter(value));
                }
                List<T> rows = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rows.add(row.read(rs));
                    }
                }
                return rows;
            }
        }

        private Object parameter(Object value) throws SQLException {
            if (value instanceof String[] array) {
                return connection.createArrayOf("text", array);
            }
            if (value instanceof Collection<?> values) {
                return connection.createArrayOf("text", values.toArray());
            }
            if (value instanceof Instant instant) {
                return instant.atOffset(ZoneOffset.UTC);
            }
            return value;
        }
    }

    /** A {@code timestamptz} column as an instant (through OffsetDateTime: years 0001 to 9999 read back exactly). */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
