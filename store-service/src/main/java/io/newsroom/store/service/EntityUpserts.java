package io.newsroom.store.service;

import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.schemas.EnrichedArticle.Entity;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * Bulk statements on the entity table, one round trip each whatever the batch size. Keys are handled in sorted
 * order so that concurrent writers lock rows in the same order and cannot deadlock.
 */
final class EntityUpserts {

    private static final String UPSERT = """
            INSERT INTO entity (entity_key, type, name, wikidata_id, first_seen, last_seen)
            SELECT k, t, n, w, ?, ? FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS u(k, t, n, w) ORDER BY k
            ON CONFLICT (entity_key) DO UPDATE
               SET name = EXCLUDED.name,
                   type = EXCLUDED.type,
                   wikidata_id = coalesce(EXCLUDED.wikidata_id, entity.wikidata_id),
                   last_seen = EXCLUDED.last_seen
            """;

    private static final String RECOUNT = """
            UPDATE entity e SET article_count = (
                SELECT count(*) FROM article_entity ae JOIN article a ON a.id = ae.article_id
                WHERE ae.entity_key = e.entity_key AND a.pub_status <> 'canceled')
            WHERE e.entity_key IN (SELECT entity_key FROM entity WHERE entity_key = ANY(?) ORDER BY entity_key FOR UPDATE)
            """;

    private EntityUpserts() {
    }

    /** Creates or refreshes the entity rows the articles mention (the newest name and Wikidata id win). */
    static void upsert(Connection connection, Collection<EnrichedArticle> articles, Instant now) throws SQLException {
        TreeMap<String, Entity> byKey = new TreeMap<>();
        articles.forEach(a -> a.entities().forEach(e -> byKey.put(e.key(), e)));
        if (byKey.isEmpty()) {
            return;
        }
        List<Entity> entities = List.copyOf(byKey.values());
        try (PreparedStatement statement = connection.prepareStatement(UPSERT)) {
            statement.setTimestamp(1, Timestamp.from(now));
            statement.setTimestamp(2, Timestamp.from(now));
            statement.setArray(3, textArray(connection, entities.stream().map(Entity::key).toList()));
            statement.setArray(4, textArray(connection, entities.stream().map(e -> e.type().name()).toList()));
            statement.setArray(5, textArray(connection, entities.stream().map(Entity::name).toList()));
            statement.setArray(6, textArray(connection, entities.stream().map(Entity::wikidataId).toList()));
            statement.executeUpdate();
        }
    }

    /** Recomputes how many visible articles mention each of these entities. */
    static void recount(Connection connection, Collection<String> keys) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(RECOUNT)) {
            statement.setArray(1, textArray(connection, keys.stream().sorted().toList()));
            statement.executeUpdate();
        }
    }

    private static Array textArray(Connection connection, List<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray());
    }
}
