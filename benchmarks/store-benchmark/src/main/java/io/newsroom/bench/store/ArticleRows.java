package io.newsroom.bench.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * {@code SELECT count(*) FROM article} on one reused connection, asked of the database, never of the service: how many
 * articles the store holds. The soak's monitor and the pipeline benchmark's progress both watch it.
 */
public final class ArticleRows implements AutoCloseable {

    private static final int QUERY_TIMEOUT_SECONDS = 30;

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private Connection connection;

    public ArticleRows(String jdbcUrl, String user, String password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    /** -1 while store-service's Flyway has not created the table yet, or the database does not answer. */
    public long count() {
        try {
            if (connection == null || connection.isClosed()) {
                connection = DriverManager.getConnection(jdbcUrl, user, password);
            }
            try (Statement s = connection.createStatement()) {
                s.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM article")) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        } catch (SQLException e) {
            close();
            return -1;
        }
    }

    @Override
    public void close() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // gone already
        }
        connection = null;
    }
}
