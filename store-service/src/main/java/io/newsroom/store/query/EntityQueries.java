package io.newsroom.store.query;

import io.newsroom.store.database.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Entities across the archive: lists with article counts, recent articles of one, and who appears with it. */
@ApplicationScoped
public class EntityQueries {

    /** An entity with the number of visible articles that mention it. */
    public record EntityView(String key, String type, String name, String wikidataId, int articleCount) {
        static EntityView of(ResultSet rs) throws SQLException {
            return new EntityView(rs.getString("entity_key"), rs.getString("type"), rs.getString("name"),
                    rs.getString("wikidata_id"), rs.getInt("article_count"));
        }
    }

    /** Another entity and in how many visible articles it appears together with this one. */
    public record Related(String key, String type, String name, long sharedArticles) {
    }

    private static final String VIEW = "SELECT entity_key, type, name, wikidata_id, article_count FROM entity";

    @Inject
    Jdbc jdbc;

    /** Most mentioned first; {@code q} matches a key exactly or a part of the name, case-insensitively. */
    public List<EntityView> list(String type, String q, int limit) {
        List<String> where = new ArrayList<>(List.of("article_count > 0"));
        List<Object> params = new ArrayList<>();
        if (type != null) {
            where.add("type = ?");
            params.add(type);
        }
        if (q != null) {
            where.add("(entity_key = ? OR lower(name) LIKE ? ESCAPE '!')");
            params.add(q);
            params.add("%" + escapeLike(q.toLowerCase(Locale.ROOT)) + "%");
        }
        params.add(limit);
        return jdbc.list("Entity list", VIEW + " WHERE " + String.join(" AND ", where)
                + " ORDER BY article_count DESC, entity_key LIMIT ?", params, EntityView::of);
    }

    public Optional<EntityView> byKey(String key) {
        return jdbc.list("Entity lookup", VIEW + " WHERE entity_key = ?", List.of(key), EntityView::of).stream().findFirst();
    }

    /** Summaries of the newest visible articles that mention the entity. */
    public List<ArticleSummary> recentArticles(String key, int limit) {
        return jdbc.read("Entity articles", reads -> Summaries.withLinks(reads, reads.list("SELECT " + Summaries.columns("a")
                + " FROM article_entity e JOIN article a ON a.id = e.article_id WHERE e.entity_key = ? AND a.pub_status <> 'canceled'"
                + " ORDER BY a.sort_time DESC, a.id DESC LIMIT ?", List.of(key, limit), rs -> Summaries.head(rs, null))));
    }

    public List<Related> related(String key, int limit) {
        return jdbc.list("Related entities", """
                SELECT o.entity_key, min(o.type), min(o.name), count(*) AS shared
                FROM article_entity e JOIN article_entity o ON o.article_id = e.article_id AND o.entity_key <> e.entity_key
                JOIN article a ON a.id = e.article_id AND a.pub_status <> 'canceled'
                WHERE e.entity_key = ? GROUP BY o.entity_key ORDER BY shared DESC, o.entity_key LIMIT ?""",
                List.of(key, limit), rs -> new Related(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
    }

    /** User text inside LIKE: its own % and _ match literally ('!' is the escape character). */
    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
