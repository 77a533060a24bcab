package io.newsroom.store.service;

import io.newsroom.schemas.EnrichedArticle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;

import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Stores events, retrying transient failures (database restarting, a lock conflict with another instance)
 * so that only an event that truly cannot be stored is set aside.
 */
@ApplicationScoped
public class ArticleStore {

    @Inject
    ArticleUpsert upsert;

    /** The whole batch in one transaction, retried as a whole. */
    @Retry(maxRetries = 3, delay = 200, delayUnit = ChronoUnit.MILLIS, jitter = 100)
    public List<StoreOutcome> storeAll(List<EnrichedArticle> articles) {
        return upsert.upsertAll(articles);
    }

    /** One event in its own transaction: isolates the event that made a batch fail. */
    @Retry(maxRetries = 3, delay = 500, delayUnit = ChronoUnit.MILLIS, jitter = 200)
    public StoreOutcome store(EnrichedArticle article) {
        return upsert.upsert(article);
    }
}
