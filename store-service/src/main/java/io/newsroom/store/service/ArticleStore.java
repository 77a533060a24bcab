package io.newsroom.store.service;

import io.newsroom.schemas.EnrichedArticle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;

import java.time.temporal.ChronoUnit;

/**
 * Stores an event, retrying transient failures (database restarting, a concurrent insert of the same id) so
 * that only a record that truly cannot be stored ends on the dead-letter topic.
 */
@ApplicationScoped
public class ArticleStore {

    @Inject
    ArticleUpsert upsert;

    @Retry(maxRetries = 5, delay = 500, delayUnit = ChronoUnit.MILLIS, jitter = 200, abortOn = UnprocessableRecordException.class)
    public StoreOutcome store(EnrichedArticle article) {
        return upsert.upsert(article);
    }
}
