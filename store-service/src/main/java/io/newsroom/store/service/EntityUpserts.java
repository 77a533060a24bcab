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

    // New entities only: an existing row is neither updated nor locked, so batches of concurrent writers (other
    // instances, or consumers of one instance) that mention the same popular entities do not queue behind each
    // other's transactions.
    private static final String INSERT_NEW = """
            INSERT INTO entity (entity_key, type, name, wikidata_id, first_seen)
            SELECT k, t, n, w, ? FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS u(k, t, n, w) ORDER BY k
            ON CONFLICT (entity_key) DO NOTHING
            """;

    // The newest name, type and Wikidata id win, but only rows that really change are written (and locked).
    private static final String REFRESH_CHANGED = """
            UPDATE entity e SET name = u.n, type = u.t, wikidata_id = coalesce(u.w, e.wikidata_id)
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS u(k, t, n, w)
            WHERE e.entity_key = u.k
              AND (e.name, e.type, e.wikidata_id) IS DISTINCT FROM (u.n, u.t, coalesce(u.w, e.wikidata_id))
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
        Array keys = textArray(connection, entities.stream().map(Entity::key).toList());
        Array types = textArray(connection, entities.stream().map(e -> e.type().name()).toList());
        Array names = textArray(connection, entities.stream().map(Entity::name).toList());
        Array wikidataIds = textArray(connection, entities.stream().map(Entity::wikidataId).toList());
        try (PreparedStatement insert = connection.prepareStatement(INSERT_NEW);
             PreparedStatement refresh = connection.prepareStatement(REFRESH_CHANGED)) {
            insert.setTimestamp(1, Timestamp.from(now));
            bindEntities(insert, 2, keys, types, names, wikidataIds);
            insert.executeUpdate();
            bindEntities(refresh, 1, keys, types, names, wikidataIds);
            refresh.executeUpdate();
        }
    }

    private static void bindEntities(PreparedStatement statement, int first, Array keys, Array types, Array names,
                                     Array wikidataIds) throws SQLException {
        statement.setArray(first, keys);
        statement.setArray(first + 1, types);
        statement.setArray(first + 2, names);
        statement.setArray(first + 3, wikidataIds);
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
