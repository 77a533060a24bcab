package io.newsroom.store.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the ids of one page of articles for a filter, newest first, or by relevance with highlighted snippets
 * when there is a full-text query, using keyset pagination on the sort key.
 */
@ApplicationScoped
public class ArticleSearch {

    /** One matching article; {@code snippet} is HTML-safe text with {@code <mark>} around the matched words. */
    public record Hit(String id, String snippet) {
    }

    public record Page(List<Hit> hits, Cursor next) {
    }

    // Body text is HTML-escaped before highlighting, so the only markup in a snippet is the <mark> tags.
    private static final String SNIPPET = "ts_headline(CASE WHEN x.language = 'en' THEN 'english'::regconfig "
            + "ELSE 'simple'::regconfig END, replace(replace(replace(x.body_text, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), "
            + "q.query, 'MaxFragments=2, MinWords=6, MaxWords=20, FragmentDelimiter= … , StartSel=<mark>, StopSel=</mark>')";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    io.newsroom.store.config.StoreConfig config;

    public Page search(ArticleFilter filter, Cursor after, int limit) {
        try (Connection connection = dataSource.getConnection()) {
            SqlWhere where = SqlWhere.of(connection, filter);
            return where.hasText() ? byRank(connection, where, after, limit) : byTime(connection, where, after, limit);
        } catch (SQLException e) {
            throw new IllegalStateException("Article search failed", e);
        }
    }

    private Page byTime(Connection connection, SqlWhere where, Cursor after, int limit) throws SQLException {
        String sql = where.with() + "SELECT a.id, a.sort_time FROM " + where.from() + " WHERE " + where.sql()
                + (after != null ? " AND (" + where.sortColumn() + ", " + where.idColumn() + ") < (?, ?)" : "")
                + " ORDER BY " + where.sortColumn() + " DESC, " + where.idColumn() + " DESC LIMIT ?";
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            st.setQueryTimeout(config.queryTimeoutSeconds());
            int i = where.bind(st, 1);
            if (after != null) {
                st.setObject(i++, after.time().atOffset(ZoneOffset.UTC));
                st.setString(i++, after.id());
            }
            st.setInt(i, limit + 1);
            return page(st, limit, rs -> new Hit(rs.getString(1), null),
                    rs -> Cursor.afterTime(rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(1)));
        }
    }

    /**
     * Relevance among the newest matches: ranking every match of a common word would read the whole archive for
     * one page, so only the newest {@code rank-candidates} matches are ranked (news readers want recent and
     * relevant). Rare words have fewer matches than that and are ranked in full.
     */
    private Page byRank(Connection connection, SqlWhere where, Cursor after, int limit) throws SQLException {
        String rank = "ts_rank_cd(c.search_vector, q.query)::float8";
        String sql = where.with() + ", c AS (SELECT a.id, a.search_vector FROM " + where.from() + " WHERE " + where.sql()
                + " ORDER BY " + where.sortColumn() + " DESC, " + where.idColumn() + " DESC LIMIT ?)"
                + " SELECT p.id, p.rank, " + SNIPPET + " FROM (SELECT c.id, " + rank + " AS rank FROM c, q"
                + (after != null ? " WHERE (" + rank + ", c.id) < (?, ?)" : "")
                + " ORDER BY rank DESC, c.id DESC LIMIT ?) p JOIN article x ON x.id = p.id, q ORDER BY p.rank DESC, p.id DESC";
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            st.setQueryTimeout(config.queryTimeoutSeconds());
            int i = where.bind(st, 1);
            st.setInt(i++, config.rankCandidates());
            if (after != null) {
                st.setDouble(i++, after.rank());
                st.setString(i++, after.id());
            }
            st.setInt(i, limit + 1);
            return page(st, limit, rs -> new Hit(rs.getString(1), rs.getString(3)),
                    rs -> Cursor.afterRank(rs.getDouble(2), rs.getString(1)));
        }
    }

    /** Reads one row of a result set; may throw like JDBC does. */
    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /**
     * Reads up to {@code limit} hits from a query that asked for {@code limit + 1} rows: the extra row only tells
     * that there is a next page, whose cursor is the sort key of the last hit.
     */
    private static Page page(PreparedStatement st, int limit, Row<Hit> hit, Row<Cursor> cursor) throws SQLException {
        List<Hit> hits = new ArrayList<>();
        Cursor last = null;
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                if (hits.size() == limit) {
                    return new Page(hits, last);
                }
                hits.add(hit.read(rs));
                last = cursor.read(rs);
            }
        }
        return new Page(hits, null);
    }
}
