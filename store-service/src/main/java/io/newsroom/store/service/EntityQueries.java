package io.newsroom.store.service;

import io.agroal.api.AgroalDataSource;
import io.newsroom.store.model.EntityRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Entities across the archive: lists with article counts, recent articles of one, and who appears with it. */
@ApplicationScoped
public class EntityQueries {

    /** An entity with the number of visible articles that mention it. */
    public record EntityView(String key, String type, String name, String wikidataId, int articleCount) {
        static EntityView of(EntityRecord e) {
            return new EntityView(e.key, e.type, e.name, e.wikidataId, e.articleCount);
        }
    }

    /** Another entity and in how many visible articles it appears together with this one. */
    public record Related(String key, String type, String name, long sharedArticles) {
    }

    @Inject
    AgroalDataSource dataSource;

    /** Most mentioned first; {@code q} matches a key exactly or a part of the name, case-insensitively. */
    @Transactional
    public List<EntityView> list(String type, String q, int limit) {
        List<String> where = new ArrayList<>(List.of("articleCount > 0"));
        io.quarkus.panache.common.Parameters params = new io.quarkus.panache.common.Parameters();
        if (type != null) {
            where.add("type = :type");
            params.and("type", type);
        }
        if (q != null) {
            where.add("(key = :q or lower(name) like :pattern escape '!')");
            params.and("q", q).and("pattern", "%" + escapeLike(q.toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        return EntityRecord.<EntityRecord>find(String.join(" and ", where) + " order by articleCount desc, key", params)
                .page(0, limit).list().stream().map(EntityView::of).toList();
    }

    @Transactional
    public Optional<EntityView> byKey(String key) {
        return EntityRecord.<EntityRecord>findByIdOptional(key).map(EntityView::of);
    }

    /** Ids of the newest visible articles that mention the entity. */
    public List<String> recentArticleIds(String key, int limit) {
        return strings("""
                SELECT a.id FROM article_entity e JOIN article a ON a.id = e.article_id
                WHERE e.entity_key = ? AND a.pub_status <> 'canceled' ORDER BY a.sort_time DESC, a.id DESC LIMIT ?""", key, limit);
    }

    public List<Related> related(String key, int limit) {
        String sql = """
                SELECT o.entity_key, min(o.type), min(o.name), count(*) AS shared
                FROM article_entity e JOIN article_entity o ON o.article_id = e.article_id AND o.entity_key <> e.entity_key
                JOIN article a ON a.id = e.article_id AND a.pub_status <> 'canceled'
                WHERE e.entity_key = ? GROUP BY o.entity_key ORDER BY shared DESC, o.entity_key LIMIT ?""";
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, key);
            st.setInt(2, limit);
            List<Related> related = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    related.add(new Related(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
                }
            }
            return related;
        } catch (SQLException e) {
            throw new IllegalStateException("Related entities query failed", e);
        }
    }

    private List<String> strings(String sql, String key, int limit) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, key);
            st.setInt(2, limit);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("Entity articles query failed", e);
        }
    }

    /** User text inside LIKE: its own % and _ match literally ('!' is the escape character). */
    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
