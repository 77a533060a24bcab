package io.newsroom.store.query;

import io.newsroom.schemas.EnrichedArticle.Category;
import io.newsroom.store.database.Jdbc;
import io.newsroom.store.query.ArticleSummary.EntityRef;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds list items: the query that finds the articles also reads their summary columns ({@link #columns}), so each
 * article row is read once; their categories and entities then come in one query each for the whole page.
 */
final class Summaries {

    /** The columns of a summary, of the article table under {@code alias}, read back by {@link #head}. */
    static String columns(String alias) {
        return String.join(", ", List.of("id", "version", "source", "url", "headline", "summary", "language", "published",
                "version_created", "pub_status").stream().map(c -> alias + "." + c + " AS s_" + c).toList());
    }

    /** An article's own columns, before its links are added. */
    record Head(String id, int version, String source, String url, String headline, String summary, String language,
                Instant published, Instant versionCreated, String pubStatus, String snippet) {
    }

    static Head head(ResultSet rs, String snippet) throws SQLException {
        return new Head(rs.getString("s_id"), rs.getInt("s_version"), rs.getString("s_source"), rs.getString("s_url"),
                rs.getString("s_headline"), rs.getString("s_summary"), rs.getString("s_language"),
                Jdbc.instant(rs, "s_published"), Jdbc.instant(rs, "s_version_created"), rs.getString("s_pub_status"), snippet);
    }

    private Summaries() {
    }

    /** The summaries of the heads, in their order: categories by confidence, entities by mentions, most first. */
    static List<ArticleSummary> withLinks(Jdbc.Reads reads, List<Head> heads) throws SQLException {
        if (heads.isEmpty()) {
            return List.of();
        }
        List<String> ids = heads.stream().map(Head::id).toList();
        Map<String, List<Category>> categories = new HashMap<>();
        reads.list("SELECT article_id, code, label, confidence FROM article_category WHERE article_id = ANY(?::text[])",
                List.of(ids), rs -> categories.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
                        .add(new Category(rs.getString(2), rs.getString(3), rs.getDouble(4))));
        Map<String, List<EntityRef>> entities = new HashMap<>();
        reads.list("SELECT article_id, entity_key, name, type, wikidata_id, mention_count FROM article_entity "
                        + "WHERE article_id = ANY(?::text[])",
                List.of(ids), rs -> entities.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
                        .add(new EntityRef(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6))));
        List<ArticleSummary> summaries = new ArrayList<>(heads.size());
        for (Head h : heads) {
            summaries.add(new ArticleSummary(h.id(), h.version(), h.source(), h.url(), h.headline(), h.summary(),
                    h.language(), h.published(), h.versionCreated(), h.pubStatus(),
                    categories.getOrDefault(h.id(), List.of()).stream()
                            .sorted(Comparator.comparingDouble(c -> -c.confidence())).toList(),
                    entities.getOrDefault(h.id(), List.of()).stream()
                            .sorted(Comparator.comparingInt(e -> -e.mentionCount())).toList(),
                    h.snippet()));
        }
        return summaries;
    }
}
