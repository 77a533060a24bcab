package io.newsroom.store.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The change feed behind the stream: articles written after a change number, in commit order. Every write takes
 * the next number as its batch commits ({@link ChangeLog}), so a client that saw number N resumes exactly after it.
 * The feed is read from the database, so it is the same whichever store instance a client is connected to.
 */
@ApplicationScoped
public class ArticleChanges {

    /** An article write with its change number. */
    public record Change(long seq, String id) {
    }

    @Inject
    AgroalDataSource dataSource;

    public List<Change> after(ArticleFilter filter, long seq, int max) {
        try (Connection connection = dataSource.getConnection()) {
            SqlWhere where = SqlWhere.of(connection, filter, true);
            return changes(connection, where, seq, max);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the change feed failed", e);
        }
    }

    private static List<Change> changes(Connection connection, SqlWhere where, long seq, int max) throws SQLException {
        String sql = where.with() + "SELECT ch.seq, a.id FROM " + where.from()
                + " JOIN article_change ch ON ch.article_id = a.id WHERE " + where.sql()
                + " AND ch.seq > ? ORDER BY ch.seq LIMIT ?";
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            int i = where.bind(st, 1);
            st.setLong(i++, seq);
            st.setInt(i, max);
            List<Change> changes = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    changes.add(new Change(rs.getLong(1), rs.getString(2)));
                }
            }
            return changes;
        }
    }

    /** The newest change number; a stream without Last-Event-ID starts after it (new articles only). */
    public long latest() {
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.createStatement().executeQuery("SELECT coalesce(max(seq), 0) FROM article_change")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the change feed failed", e);
        }
    }
}
