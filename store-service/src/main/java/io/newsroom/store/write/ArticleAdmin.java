package io.newsroom.store.write;

import io.newsroom.schemas.PubStatus;
import io.newsroom.store.model.ArticleEntity;
import io.newsroom.store.model.EntityLink;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What operators can do to a stored article. Canceling hides it exactly as a source's cancellation does (kept for
 * audit, 410 on GET, out of lists, counts and facets, a {@code canceled} event on the stream); deleting removes the
 * article, its links and its share of the entity counts for good. Both lock the article row first and the entity
 * rows after it, in key order, as the consumer's batches do, so they cannot deadlock with them.
 */
@ApplicationScoped
public class ArticleAdmin {

    /** The cancellation in force; {@code changed} is false when the article was canceled already. */
    public record Canceled(String id, Instant canceledAt, boolean changed) {
    }

    /** @return empty for an unknown id */
    @Transactional
    public Optional<Canceled> cancel(String id) {
        ArticleEntity row = ArticleEntity.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            return Optional.empty();
        }
        if (row.canceledAt != null) {
            return Optional.of(new Canceled(id, row.canceledAt, false));
        }
        TreeMap<String, Integer> deltas = visibleLinksRemoved(row);
        // The same columns a cancellation event sets (ArticleMapping.copyInto); the version stays the source's, so
        // the source's next version replaces the article as it would after its own cancellation.
        row.pubStatus = PubStatus.CANCELED.wireName();
        row.canceledAt = Instant.now();
        finish(deltas, List.of(id));
        return Optional.of(new Canceled(id, row.canceledAt, true));
    }

    /** @return false for an unknown id (deleted already, or never stored) */
    @Transactional
    public boolean delete(String id) {
        ArticleEntity row = ArticleEntity.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            return false;
        }
        TreeMap<String, Integer> deltas = visibleLinksRemoved(row);
        // Its link rows go with it, and its change-feed row by ON DELETE CASCADE: the stream never sends it again.
        row.delete();
        finish(deltas, List.of());
        return true;
    }

    private static TreeMap<String, Integer> visibleLinksRemoved(ArticleEntity row) {
        TreeMap<String, Integer> deltas = new TreeMap<>();
        if (row.canceledAt == null) {
            for (EntityLink link : row.entities) {
                deltas.merge(link.key, -1, Integer::sum);
            }
        }
        return deltas;
    }

    private static void finish(TreeMap<String, Integer> deltas, List<String> changed) {
        EntityManager em = Panache.getEntityManager();
        em.flush();
        EntityUpserts.write(em, List.of(), deltas, Instant.now());   // counts only, rows locked by key
        ChangeLog.record(em, changed); // last: holds the change-feed lock until commit
    }
}
