package io.newsroom.store.write;

import io.newsroom.schemas.EnrichedArticle;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The entity rows a batch changes, in three statements whatever the batch size, run last in the batch's transaction.
 * Entity rows are what concurrent writers share (popular people and places are in every batch), so every row is locked
 * in one order, by key, in a single statement each:
 * <ol>
 *   <li>new entities are inserted in key order; an existing row is neither written nor locked, and a key another
 *       writer is inserting at the same moment waits for that writer, in the same order;</li>
 *   <li>the existing rows this batch really changes (an article count, or a newer name, type or Wikidata id) are
 *       locked in key order ({@code ORDER BY … FOR NO KEY UPDATE});</li>
 *   <li>exactly those rows are updated, in whatever order the planner likes: they are already locked.</li>
 * </ol>
 * Before, the refresh and the count update were two {@code UPDATE … FROM unnest(…)}, each locking rows in the planner's
 * join order, and the refresh came before the article rows were written: two writers locked shared rows in different
 * orders and PostgreSQL found deadlocks under load. Statement 2 waits only for rows other writers have committed or
 * locked; statement 1 only for keys others have just inserted (invisible to statement 2): neither kind of wait can
 * close a cycle with the other, and both go by key.
 */
final class EntityUpserts {

    private static final String INSERT_NEW = """
            INSERT INTO entity (entity_key, type, name, wikidata_id, first_seen)
            SELECT k, t, n, w, ? FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS u(k, t, n, w) ORDER BY k
            ON CONFLICT (entity_key) DO NOTHING
            """;

    // u.n is null for a key only the replaced version of an article mentioned: its count moves, its name stays.
    private static final String CHANGES = "u.d <> 0 OR (u.n IS NOT NULL AND (e.name, e.type, e.wikidata_id)"
            + " IS DISTINCT FROM (u.n, u.t, coalesce(u.w, e.wikidata_id)))";

    private static final String LOCK_CHANGED = """
            SELECT e.entity_key FROM entity e
            JOIN unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::int[]) AS u(k, t, n, w, d) ON e.entity_key = u.k
            WHERE %s
            ORDER BY e.entity_key FOR NO KEY UPDATE OF e
            """.formatted(CHANGES);

    // Counts move by the batch's deltas, so the cost follows the batch, not how often an entity was ever mentioned.
    // The newest name, type and Wikidata id win.
    private static final String UPDATE_LOCKED = """
            UPDATE entity e SET article_count = e.article_count + u.d,
                   name = coalesce(u.n, e.name), type = coalesce(u.t, e.type), wikidata_id = coalesce(u.w, e.wikidata_id)
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::int[]) AS u(k, t, n, w, d)
            WHERE e.entity_key = u.k AND e.entity_key = ANY(?::text[])
            """;

    private EntityUpserts() {
    }

    /** What the batch says about one entity: its newest description (null if none of its articles mentions it now). */
    private record Change(String type, String name, String wikidataId, int delta) {
    }

    /**
     * Creates the entities the articles mention, refreshes their names and moves each entity's count of visible
     * articles by its delta (-1 for a link of a replaced visible version, +1 for a link of a new visible one).
     */
    static void write(Connection connection, Collection<EnrichedArticle> articles, Map<String, Integer> countDeltas,
                      Instant now) throws SQLException {
        SortedMap<String, Change> changes = new TreeMap<>();
        articles.forEach(a -> a.entities().forEach(e ->
                changes.put(e.key(), new Change(e.type().name(), e.name(), e.wikidataId(), 0))));
        countDeltas.forEach((key, delta) -> changes.merge(key, new Change(null, null, null, delta),
                (c, d) -> new Change(c.type(), c.name(), c.wikidataId(), c.delta() + d.delta())));
        if (changes.isEmpty()) {
            return;
        }
        insertNew(connection, changes, now);
        List<String> locked = lockChanged(connection, changes);
        if (!locked.isEmpty()) {
            try (PreparedStatement update = connection.prepareStatement(UPDATE_LOCKED)) {
                int next = bind(connection, update, 1, changes);
                update.setArray(next, textArray(connection, locked));
                update.executeUpdate();
            }
        }
    }

    private static void insertNew(Connection connection, SortedMap<String, Change> changes, Instant now) throws SQLException {
        List<String> keys = new ArrayList<>();
        List<Change> mentioned = new ArrayList<>();
        changes.forEach((key, change) -> {
            if (change.name() != null) {
                keys.add(key);
                mentioned.add(change);
            }
        });
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_NEW)) {
            insert.setTimestamp(1, Timestamp.from(now));
            insert.setArray(2, textArray(connection, keys));
            insert.setArray(3, textArray(connection, mentioned.stream().map(Change::type).toList()));
            insert.setArray(4, textArray(connection, mentioned.stream().map(Change::name).toList()));
            insert.setArray(5, textArray(connection, mentioned.stream().map(Change::wikidataId).toList()));
            insert.executeUpdate();
        }
    }

    /** @return the keys of the rows this batch changes, now locked by this transaction */
    private static List<String> lockChanged(Connection connection, SortedMap<String, Change> changes) throws SQLException {
        List<String> locked = new ArrayList<>();
        try (PreparedStatement lock = connection.prepareStatement(LOCK_CHANGED)) {
            bind(connection, lock, 1, changes);
            try (ResultSet rs = lock.executeQuery()) {
                while (rs.next()) {
                    locked.add(rs.getString(1));
                }
            }
        }
        return locked;
    }

    /** Binds keys, types, names, Wikidata ids and deltas from position {@code first}; returns the next position. */
    private static int bind(Connection connection, PreparedStatement statement, int first, SortedMap<String, Change> changes)
            throws SQLException {
        Collection<Change> values = changes.values();
        statement.setArray(first, textArray(connection, List.copyOf(changes.keySet())));
        statement.setArray(first + 1, textArray(connection, values.stream().map(Change::type).toList()));
        statement.setArray(first + 2, textArray(connection, values.stream().map(Change::name).toList()));
        statement.setArray(first + 3, textArray(connection, values.stream().map(Change::wikidataId).toList()));
        statement.setArray(first + 4, connection.createArrayOf("integer", values.stream().map(Change::delta).toArray()));
        return first + 5;
    }

    private static Array textArray(Connection connection, List<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray());
    }
}
