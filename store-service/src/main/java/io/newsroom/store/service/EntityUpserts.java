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

    // Counts move by the batch's deltas, so the cost follows the batch, not how often an entity was ever mentioned.
    private static final String ADJUST_COUNTS = """
            UPDATE entity e SET article_count = e.article_count + d.delta
            FROM unnest(?::text[], ?::int[]) AS d(k, delta)
            WHERE e.entity_key = d.k
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

    /** Adds each delta to the entity's count of visible articles; keys in sorted order (lock order). */
    static void adjustCounts(Connection connection, java.util.SortedMap<String, Integer> deltas) throws SQLException {
        var changed = new TreeMap<String, Integer>();
        deltas.forEach((key, delta) -> {
            if (delta != 0) {
                changed.put(key, delta);
            }
        });
        if (changed.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(ADJUST_COUNTS)) {
            statement.setArray(1, textArray(connection, List.copyOf(changed.keySet())));
            statement.setArray(2, connection.createArrayOf("integer", changed.values().toArray()));
            statement.executeUpdate();
        }
    }

    private static Array textArray(Connection connection, List<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray());
    }
}
