package io.newsroom.store.write;

import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.store.database.DatabaseErrors;
import io.smallrye.faulttolerance.api.RetryWhen;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Predicate;

/**
 * A write that lost a race with another writer (duplicate key of a new article two consumers insert at once,
 * serialization failure, deadlock, lock or statement timeout) is tried again, three times at most: a race is
 * won on the next attempt, and an error that repeats is not a race. Errors that are the data's fault (a refused
 * value, a constraint violation) are not retried at all. A separate bean from {@link ArticleUpsert} so that each
 * attempt is its own transaction.
 */
@ApplicationScoped
public class ArticleWriter {

    @Inject
    ArticleUpsert upsert;

    /** The pause before a lost race is tried again, with its jitter: the same for a batch and for one article. */
    static final long RACE_DELAY_MS = 200;
    static final long RACE_JITTER_MS = 100;

    @Retry(maxRetries = 3, delay = RACE_DELAY_MS, delayUnit = ChronoUnit.MILLIS, jitter = RACE_JITTER_MS)
    @RetryWhen(exception = LostRace.class)
    public List<StoreOutcome> writeAll(List<EnrichedArticle> articles) {
        return upsert.upsertAll(articles);
    }

    @Retry(maxRetries = 3, delay = RACE_DELAY_MS, delayUnit = ChronoUnit.MILLIS, jitter = RACE_JITTER_MS)
    @RetryWhen(exception = LostRace.class)
    public StoreOutcome write(EnrichedArticle article) {
        return upsert.upsert(article);
    }

    /** Retry only races; an outage is held by {@link ArticleStore}, and the data's faults are final. */
    public static final class LostRace implements Predicate<Throwable> {
        @Override
        public boolean test(Throwable failure) {
            return DatabaseErrors.isRace(failure) && !DatabaseErrors.isOutage(failure);
        }
    }
}
