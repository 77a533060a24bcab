package io.newsroom.store.write;

import io.newsroom.schemas.EnrichedArticle;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

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
 * <p>
 * Native statements of the transaction's {@link EntityManager}: set-based SQL (arrays unnested in one statement) that
 * entity mappings cannot express, on the same connection as the article rows. The arrays are bound as Java arrays,
 * never as lists: Hibernate would expand a list into {@code (?, ?, …)}.
 */
final class EntityUpserts {

    private static final String INSERT_NEW = """
            INSERT INTO entity (entity_key, type, name, wikidata_id, first_seen)
            SELECT k, t, n, w, :now
            FROM unnest(CAST(:keys AS text[]), CAST(:types AS text[]), CAST(:names AS text[]),
                        CAST(:wikidataIds AS text[])) AS u(k, t, n, w)
            ORDER BY k
            ON CONFLICT (entity_key) DO NOTHING
            """;

    // u.n is null for a key only the replaced version of an article mentioned: its count moves, its name stays.
    private static final String CHANGES = "u.d <> 0 OR (u.n IS NOT NULL AND (e.name, e.type, e.wikidata_id)"
            + " IS DISTINCT FROM (u.n, u.t, coalesce(u.w, e.wikidata_id)))";

    // Hibernate reads "::" after a parameter name as part of the name: the casts are spelled CAST(… AS …).
    private static final String CHANGED_ROWS = """
            unnest(CAST(:keys AS text[]), CAST(:types AS text[]), CAST(:names AS text[]),
                   CAST(:wikidataIds AS text[]), CAST(:deltas AS int[])) AS u(k, t, n, w, d)""";

    private static final String LOCK_CHANGED = """
            SELECT e.entity_key FROM entity e
            JOIN %s ON e.entity_key = u.k
            WHERE %s
            ORDER BY e.entity_key FOR NO KEY UPDATE OF e
            """.formatted(CHANGED_ROWS, CHANGES);

    // Counts move by the batch's deltas, so the cost follows the batch, not how often an entity was ever mentioned.
    // The newest name, type and Wikidata id win.
    private static final String UPDATE_LOCKED = """
            UPDATE entity e SET article_count = e.article_count + u.d,
                   name = coalesce(u.n, e.name), type = coalesce(u.t, e.type), wikidata_id = coalesce(u.w, e.wikidata_id)
            FROM %s
            WHERE e.entity_key = u.k AND e.entity_key = ANY(CAST(:locked AS text[]))
            """.formatted(CHANGED_ROWS);

    private EntityUpserts() {
    }

    /** What the batch says about one entity: its newest description (null if none of its articles mentions it now). */
    private record Change(String type, String name, String wikidataId, int delta) {
    }

    /**
     * Creates the entities the articles mention, refreshes their names and moves each entity's count of visible
     * articles by its delta (-1 for a link of a replaced visible version, +1 for a link of a new visible one).
     */
    static void write(EntityManager em, Collection<EnrichedArticle> articles, Map<String, Integer> countDeltas,
                      Instant now) {
        SortedMap<String, Change> changes = new TreeMap<>();
        articles.forEach(a -> a.entities().forEach(e ->
                changes.put(e.key(), new Change(e.type().name(), e.name(), e.wikidataId(), 0))));
        countDeltas.forEach((key, delta) -> changes.merge(key, new Change(null, null, null, delta),
                (c, d) -> new Change(c.type(), c.name(), c.wikidataId(), c.delta() + d.delta())));
        if (changes.isEmpty()) {
            return;
        }
        insertNew(em, changes, now);
        List<String> locked = lockChanged(em, changes);
        if (!locked.isEmpty()) {
            bind(em.createNativeQuery(UPDATE_LOCKED), changes)
                    .setParameter("locked", locked.toArray(String[]::new))
                    .executeUpdate();
        }
    }

    private static void insertNew(EntityManager em, SortedMap<String, Change> changes, Instant now) {
        SortedMap<String, Change> mentioned = new TreeMap<>();
        changes.forEach((key, change) -> {
            if (change.name() != null) {
                mentioned.put(key, change);
            }
        });
        if (mentioned.isEmpty()) {
            return;
        }
        em.createNativeQuery(INSERT_NEW)
                .setParameter("now", now)
                .setParameter("keys", mentioned.keySet().toArray(String[]::new))
                .setParameter("types", texts(mentioned, Change::type))
                .setParameter("names", texts(mentioned, Change::name))
                .setParameter("wikidataIds", texts(mentioned, Change::wikidataId))
                .executeUpdate();
    }

    /** @return the keys of the rows this batch changes, now locked by this transaction */
    @SuppressWarnings("unchecked")
    private static List<String> lockChanged(EntityManager em, SortedMap<String, Change> changes) {
        return bind(em.createNativeQuery(LOCK_CHANGED, String.class), changes).getResultList();
    }

    /** Binds keys, types, names, Wikidata ids and deltas, one array each, in key order. */
    private static Query bind(Query statement, SortedMap<String, Change> changes) {
        return statement
                .setParameter("keys", changes.keySet().toArray(String[]::new))
                .setParameter("types", texts(changes, Change::type))
                .setParameter("names", texts(changes, Change::name))
                .setParameter("wikidataIds", texts(changes, Change::wikidataId))
                .setParameter("deltas", changes.values().stream().map(Change::delta).toArray(Integer[]::new));
    }

    private static String[] texts(SortedMap<String, Change> changes, Function<Change, String> column) {
        return changes.values().stream().map(column).toArray(String[]::new);
    }
}
