package io.newsroom.store.query;

import io.newsroom.store.config.StoreConfig;
import io.newsroom.store.database.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of articles for a filter, newest first, or by relevance with highlighted snippets when there is a
 * full-text query, using keyset pagination on the sort key; with the filter's facets when asked. One connection per
 * request: the entity name is looked up once, and each article row is read once, by the query that finds it.
 */
@ApplicationScoped
public class ArticleSearch {

    /** The page's articles; {@code next} is null on the last page; {@code facets} null unless asked for. */
    public record Page(List<ArticleSummary> items, Cursor next, Facets.Result facets) {
    }

    // Body text is HTML-escaped before highlighting, so the only markup in a snippet is the <mark> tags.
    private static final String SNIPPET = "ts_headline(CASE WHEN x.language = 'en' THEN 'english'::regconfig "
            + "ELSE 'simple'::regconfig END, replace(replace(replace(x.body_text, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), "
            + "q.query, 'MaxFragments=2, MinWords=6, MaxWords=20, FragmentDelimiter= … , StartSel=<mark>, StopSel=</mark>')";

    @Inject
    Jdbc jdbc;

    @Inject
    StoreConfig config;

    @Inject
    Facets facets;

    public Page search(ArticleFilter filter, Cursor after, int limit, boolean withFacets) {
        return jdbc.read("Article search", reads -> {
            SqlWhere where = SqlWhere.resolve(reads, filter, false);
            Hits hits = where.hasText() ? byRank(reads, where, after, limit) : byTime(reads, where, after, limit);
            return new Page(Summaries.withLinks(reads, hits.heads()), hits.next(),
                    withFacets ? facets.count(reads, where) : null);
        });
    }

    /** The articles of a page and the cursor of the next one (null on the last page). */
    private record Hits(List<Summaries.Head> heads, Cursor next) {
    }

    /** One row of a page query: the article and its sort key. */
    private record Hit(Summaries.Head head, Cursor key) {
    }

    private Hits byTime(Jdbc.Reads reads, SqlWhere where, Cursor after, int limit) throws SQLException {
        String sql = where.with() + "SELECT a.sort_time, " + Summaries.columns("a") + " FROM " + where.from() + " WHERE " + where.sql()
                + (after != null ? " AND (" + where.sortColumn() + ", " + where.idColumn() + ") < (?, ?)" : "")
                + " ORDER BY " + where.sortColumn() + " DESC, " + where.idColumn() + " DESC LIMIT ?";
        List<Object> params = where.params();
        if (after != null) {
            params.add(after.time());
            params.add(after.id());
        }
        params.add(limit + 1);
        return page(reads.list(sql, params, rs -> new Hit(Summaries.head(rs, null),
                Cursor.afterTime(Jdbc.instant(rs, "sort_time"), rs.getString("s_id")))), limit);
    }

    /**
     * Relevance among the newest matches: ranking every match of a common word would read the whole archive for
     * one page, so only the newest {@code rank-candidates} matches are ranked (news readers want recent and
     * relevant). Rare words have fewer matches than that and are ranked in full.
     */
    private Hits byRank(Jdbc.Reads reads, SqlWhere where, Cursor after, int limit) throws SQLException {
        String rank = "ts_rank_cd(c.search_vector, q.query)::float8";
        String sql = where.with() + ", c AS (SELECT a.id, a.search_vector FROM " + where.from() + " WHERE " + where.sql()
                + " ORDER BY " + where.sortColumn() + " DESC, " + where.idColumn() + " DESC LIMIT ?)"
                + " SELECT p.rank, " + SNIPPET + " AS snippet, " + Summaries.columns("x")
                + " FROM (SELECT c.id, " + rank + " AS rank FROM c, q"
                + (after != null ? " WHERE (" + rank + ", c.id) < (?, ?)" : "")
                + " ORDER BY rank DESC, c.id DESC LIMIT ?) p JOIN article x ON x.id = p.id, q ORDER BY p.rank DESC, p.id DESC";
        List<Object> params = where.params();
        params.add(config.rankCandidates());
        if (after != null) {
            params.add(after.rank());
            params.add(after.id());
        }
        params.add(limit + 1);
        return page(reads.list(sql, params, rs -> new Hit(Summaries.head(rs, rs.getString("snippet")),
                Cursor.afterRank(rs.getDouble("rank"), rs.getString("s_id")))), limit);
    }

    /**
     * Up to {@code limit} articles of a query that asked for {@code limit + 1} rows: the extra row only tells that
     * there is a next page, whose cursor is the sort key of the last article of this one.
     */
    private static Hits page(List<Hit> rows, int limit) {
        List<Summaries.Head> heads = new ArrayList<>();
        for (Hit row : rows.subList(0, Math.min(limit, rows.size()))) {
            heads.add(row.head());
        }
        return new Hits(heads, rows.size() > limit ? rows.get(limit - 1).key() : null);
    }
}
