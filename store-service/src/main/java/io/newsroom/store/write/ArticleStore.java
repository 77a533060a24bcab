package io.newsroom.store.write;

import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.store.database.DatabaseErrors;
import io.newsroom.store.database.DatabaseOutage;
import io.newsroom.store.database.DatabaseProbe;
import io.quarkus.arc.Arc;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.faulttolerance.api.RetryWhen;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Predicate;

/**
 * Stores events through database outages: while the database is away the call is held and retried, backing off
 * from 0.5 s to 5 s between attempts, for as long as the outage lasts, so the consumer keeps its records (no
 * commit, nothing skipped, nothing dead-lettered) and carries on by itself when the database returns. Anything
 * else is thrown at once: a lost race was already retried by {@link ArticleWriter}, and what the database refuses
 * while it answers is the event's fault.
 */
@ApplicationScoped
public class ArticleStore {

    @Inject
    ArticleWriter writer;

    /** The whole batch in one transaction. */
    @Retry(maxRetries = -1, maxDuration = 0, delay = 500, delayUnit = ChronoUnit.MILLIS, jitter = 200)
    @ExponentialBackoff(factor = 2, maxDelay = 5, maxDelayUnit = ChronoUnit.SECONDS)
    @RetryWhen(exception = WhileDatabaseAway.class)
    public List<StoreOutcome> storeAll(List<EnrichedArticle> articles) {
        return writer.writeAll(articles);
    }

    /** One event in its own transaction: isolates the event that made a batch fail. */
    @Retry(maxRetries = -1, maxDuration = 0, delay = 500, delayUnit = ChronoUnit.MILLIS, jitter = 200)
    @ExponentialBackoff(factor = 2, maxDelay = 5, maxDelayUnit = ChronoUnit.SECONDS)
    @RetryWhen(exception = WhileDatabaseAway.class)
    public StoreOutcome store(EnrichedArticle article) {
        return writer.write(article);
    }

    /**
     * Retry while the database is away: a failure that says so (connection refused or lost, no connection in time,
     * no answer), or any failure other than a lost race while the database does not answer a trivial query (an
     * outage can surface as an error nobody classified, e.g. a transaction the manager had to roll back).
     */
    public static final class WhileDatabaseAway implements Predicate<Throwable> {
        @Override
        public boolean test(Throwable failure) {
            DatabaseOutage outage = Arc.container().instance(DatabaseOutage.class).get();
            if (DatabaseErrors.isOutage(failure)) {
                outage.failed("the consumer", failure);
                return true;
            }
            // isReachable reports the outage itself when there is one.
            return !DatabaseErrors.isRace(failure) && !Arc.container().instance(DatabaseProbe.class).get().isReachable();
        }
    }
}
