package io.newsroom.store.query;

import io.newsroom.store.config.StoreConfig;
import io.newsroom.store.database.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts for the current filter: categories, entity types, top entities, sources and languages, most frequent first;
 * and the date-range facet, newest period first.
 */
@ApplicationScoped
public class Facets {

    public record Count(String value, String label, long count) {
    }

    /**
     * @param scope   how many of the newest matching articles were counted
     * @param exact   true when fewer articles than the scope match, so the counts cover the whole filter
     */
    public record Result(int scope, boolean exact, List<Count> categories, List<Count> entityTypes, List<Count> entities,
                         List<Count> sources, List<Count> languages, List<PublishedPeriods.Period> published) {
    }

    static final int TOP_ENTITIES = 10;

    /** One row of the facet query: which facet, and one of its counts. */
    private record Facet(String facet, Count count) {
    }

    @Inject
    StoreConfig config;

    /** The facets of a filter already resolved for the request ({@link ArticleSearch}), on its connection. */
    Result count(Jdbc.Reads reads, SqlWhere where) throws SQLException {
        // The newest matches only: exact counts over a broad filter (a whole top-level category) would read most of
        // the archive on every request; navigation needs the current picture, which the newest matches give.
        String matched = "m AS (SELECT a.id, a.source, a.language, " + where.sortColumn() + " AS sort_time FROM " + where.from() + " WHERE " + where.sql()
                + " ORDER BY " + where.sortColumn() + " DESC, " + where.idColumn() + " DESC LIMIT " + (config.facetScope() + 1) + ")";
        String with = where.hasText() ? where.with() + ", " + matched : "WITH " + matched;
        String sql = with + """
                 SELECT 'category', c.code, min(c.label), count(*) FROM article_category c JOIN m ON m.id = c.article_id GROUP BY c.code
                 UNION ALL SELECT 'entityType', e.type, NULL, count(DISTINCT e.article_id) FROM article_entity e JOIN m ON m.id = e.article_id GROUP BY e.type
                 UNION ALL (SELECT 'entity', e.entity_key, min(e.name), count(*) FROM article_entity e JOIN m ON m.id = e.article_id
                            GROUP BY e.entity_key ORDER BY count(*) DESC, e.entity_key LIMIT %d)
                 UNION ALL SELECT 'source', m.source, NULL, count(*) FROM m GROUP BY m.source
                 UNION ALL SELECT 'language', m.language, NULL, count(*) FROM m GROUP BY m.language
                 UNION ALL SELECT 'day', to_char(m.sort_time AT TIME ZONE 'UTC', 'YYYY-MM-DD'), NULL, count(*) FROM m GROUP BY 2
                 UNION ALL SELECT 'matched', NULL, NULL, count(*) FROM m
                """.formatted(TOP_ENTITIES);
        List<Count> categories = new ArrayList<>();
        List<Count> types = new ArrayList<>();
        List<Count> entities = new ArrayList<>();
        List<Count> sources = new ArrayList<>();
        List<Count> languages = new ArrayList<>();
        Map<LocalDate, Long> days = new HashMap<>();
        long matchedCount = 0;
        for (Facet row : reads.list(sql, where.params(), rs -> new Facet(rs.getString(1),
                new Count(rs.getString(2), rs.getString(3), rs.getLong(4))))) {
            switch (row.facet()) {
                case "category" -> categories.add(row.count());
                case "entityType" -> types.add(row.count());
                case "entity" -> entities.add(row.count());
                case "language" -> languages.add(row.count());
                case "day" -> days.put(LocalDate.parse(row.count().value()), row.count().count());
                case "matched" -> matchedCount = row.count().count();
                default -> sources.add(row.count());
            }
        }
        boolean exact = matchedCount <= config.facetScope();
        return new Result(config.facetScope(), exact, sorted(categories), sorted(types), sorted(entities), sorted(sources), sorted(languages),
                PublishedPeriods.of(days));
    }

    private static List<Count> sorted(List<Count> counts) {
        counts.sort((x, y) -> x.count() != y.count() ? Long.compare(y.count(), x.count()) : x.value().compareTo(y.value()));
        return counts;
    }
}
