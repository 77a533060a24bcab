package io.newsroom.store.write;

import jakarta.persistence.EntityManager;

import java.util.Collection;

/**
 * Numbers the articles a batch wrote for the stream (table {@code article_change}, read by {@code query.ArticleChanges}).
 * <p>
 * A client resumes after the last number it saw, so a number must never become visible after a higher one. The
 * batch therefore numbers its articles as its last statement, under a transaction-scoped advisory lock that only
 * commit or rollback releases: writers of all instances take numbers one transaction at a time, in commit order.
 * What they serialise on is this statement and the commit, not the batch.
 */
final class ChangeLog {

    /** The advisory lock key of the change feed (any constant the application uses for nothing else). */
    static final long LOCK_KEY = 0x6e657773_63686e67L; // "newschng"

    private static final String LOCK = "SELECT pg_advisory_xact_lock(:key)";

    // One row per article, at its latest write: a rewritten article moves to the end of the feed.
    private static final String NUMBER = """
            INSERT INTO article_change (seq, article_id)
            SELECT nextval('article_change_seq'), id FROM unnest(CAST(:ids AS text[])) WITH ORDINALITY AS u(id, n) ORDER BY n
            ON CONFLICT (article_id) DO UPDATE SET seq = EXCLUDED.seq
            """;

    private ChangeLog() {
    }

    /** Gives each written article the next change number, in the order given; call last in the transaction. */
    static void record(EntityManager em, Collection<String> articleIds) {
        if (articleIds.isEmpty()) {
            return;
        }
        em.createNativeQuery(LOCK).setParameter("key", LOCK_KEY).getSingleResult();
        em.createNativeQuery(NUMBER).setParameter("ids", articleIds.toArray(String[]::new)).executeUpdate();
    }
}
