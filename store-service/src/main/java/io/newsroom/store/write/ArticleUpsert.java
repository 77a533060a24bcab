package io.newsroom.store.write;

import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.store.database.ConnectionTimeouts;
import io.newsroom.store.model.ArticleEntity;
import io.newsroom.store.model.EntityLink;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a batch of enriched events in one transaction. The stored rows of the batch are locked first, then
 * {@link VersionRules} decides which events win: only a strictly newer version, or the same version re-enriched later
 * by another enricher, replaces a stored article.
 * <p>
 * The transaction speaks through its {@link EntityManager} only: Panache entities for the article rows and their
 * links (batched inserts at the flush), native statements of the same EntityManager for what a mapping cannot say
 * (deferring a constraint, the set-based entity upserts, the change log).
 */
@ApplicationScoped
public class ArticleUpsert {

    /** The link → entity foreign key, deferrable (V8) so that entity rows can be written last. */
    static final String ENTITY_REFERENCE = "article_entity_entity_fk";

    @Inject
    ConnectionTimeouts timeouts;

    @Transactional
    public StoreOutcome upsert(EnrichedArticle article) {
        return upsertAll(List.of(article)).get(0);
    }

    /** @return the outcome of each event, in the order given */
    @Transactional
    public List<StoreOutcome> upsertAll(List<EnrichedArticle> articles) {
        EntityManager em = Panache.getEntityManager();
        timeouts.forWrites(em);
        // Flushed where written (before the set-based statements) and at commit: with the default AUTO mode every
        // native statement would first check each row of the batch for changes, to find none.
        em.setFlushMode(FlushModeType.COMMIT);
        Instant now = Instant.now();
        Map<String, ArticleEntity> stored = lockStored(articles);
        Map<String, VersionRules.Stored> versions = new HashMap<>();
        stored.forEach((id, row) -> versions.put(id, new VersionRules.Stored(row.version, row.enricherVersion, row.enrichedAt)));
        VersionRules.Decision decision = VersionRules.decide(articles, versions);
        Map<String, EnrichedArticle> winners = decision.winners();
        if (!winners.isEmpty()) {
            write(winners, stored, now);
        }
        return decision.outcomes();
    }

    private static void count(ArticleEntity row, int sign, Map<String, Integer> deltas) {
        if (row.canceledAt == null) {
            for (EntityLink link : row.entities) {
                deltas.merge(link.key, sign, Integer::sum);
            }
        }
    }

    private static Map<String, ArticleEntity> lockStored(List<EnrichedArticle> articles) {
        List<String> ids = articles.stream().map(EnrichedArticle::id).distinct().sorted().toList();
        Map<String, ArticleEntity> stored = new HashMap<>();
        // Sorted ids: concurrent writers lock in the same order and cannot deadlock.
        ArticleEntity.<ArticleEntity>find("id in ?1 order by id", ids)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list()
                .forEach(row -> stored.put(row.id, row));
        return stored;
    }

    /**
     * Every writer takes its locks in one order, so concurrent writers (consumers of this instance and of others) wait
     * for each other but never deadlock: (1) the stored rows of its articles, by id ({@link #lockStored}); (2) the rows
     * of its new articles, inserted by id; (3) their link rows, which no other writer touches while (1) and (2) are
     * held; (4) the entity rows, by key, in the last statements ({@link EntityUpserts}); (5) the change-feed lock
     * ({@link ChangeLog}). A link's reference to its entity is checked after (4), which creates the entity.
     */
    private static void write(Map<String, EnrichedArticle> winners, Map<String, ArticleEntity> stored, Instant now) {
        EntityManager em = Panache.getEntityManager();
        em.createNativeQuery("SET CONSTRAINTS " + ENTITY_REFERENCE + " DEFERRED").executeUpdate();
        // Each entity's count of visible articles moves by what this batch changes: -1 for the links a stored
        // visible version had, +1 for the links of the new version if it is visible.
        TreeMap<String, Integer> countDeltas = new TreeMap<>();
        for (EnrichedArticle article : new TreeMap<>(winners).values()) {   // new rows are inserted in id order
            ArticleEntity row = stored.get(article.id());
            if (row == null) {
                row = new ArticleEntity();
                ArticleMapping.copyInto(article, row, now);
                row.persist();
            } else {
                count(row, -1, countDeltas);
                ArticleMapping.copyInto(article, row, now);
            }
            count(row, +1, countDeltas);
        }
        em.flush();
        EntityUpserts.write(em, winners.values(), countDeltas, now);
        em.createNativeQuery("SET CONSTRAINTS " + ENTITY_REFERENCE + " IMMEDIATE").executeUpdate(); // checks the links now
        ChangeLog.record(em, winners.keySet()); // last: holds the change-feed lock until commit
    }
}
