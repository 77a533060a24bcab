package io.newsroom.store.write;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsroom.schemas.EnrichedArticle;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;

/**
 * What ops watch: events stored (by outcome), records set aside on the dead-letter topic (by reason), and how long an
 * article took from ingest's 202 to the store's commit (newsroom_store_ingest_to_stored_seconds, a histogram).
 */
@ApplicationScoped
public class StoreMetrics {

    private final MeterRegistry registry;
    private final Timer ingestToStored;

    public StoreMetrics(MeterRegistry registry) {
        this.registry = registry;
        // Fixed buckets from a tenth of a second (a pipeline keeping up) to an hour (a backlog drained after an outage):
        // few enough series per instance, and the same bounds on every replica so histogram_quantile can sum them.
        this.ingestToStored = Timer.builder("newsroom.store.ingest.to.stored")
                .description("From ingestedAt (ingest's acknowledgement) to the store's commit, per article newly stored")
                .serviceLevelObjectives(Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
                        Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10),
                        Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
                        Duration.ofHours(1))
                .register(registry);
    }

    public void stored(StoreOutcome outcome) {
        registry.counter("newsroom.articles.stored", "outcome", outcome.name().toLowerCase()).increment();
    }

    /** @param reason a few words (EnrichedArticleConsumer's causes), never a record's own text: labels must stay few */
    public void deadLettered(String reason) {
        deadLetters(reason).increment();
    }

    /** Each reason's series from the start, at 0: an alert or rate() needs a series before the first letter. */
    public void declareDeadLetterReasons(String... reasons) {
        for (String reason : reasons) {
            deadLetters(reason);
        }
    }

    private Counter deadLetters(String reason) {
        return Counter.builder("newsroom.articles.dead.lettered").description("Enriched records sent to the dead-letter topic")
                .tag("reason", reason).register(registry);
    }

    /**
     * Only for a version stored for the first time: a redelivered duplicate or a stale version changed nothing. A
     * re-driven dead letter counts with its whole age (it was not stored before). A negative time (clocks apart) is
     * not recorded.
     */
    public void ingestToStored(EnrichedArticle article, StoreOutcome outcome) {
        if ((outcome == StoreOutcome.INSERTED || outcome == StoreOutcome.UPDATED) && article.ingestedAt() != null) {
            Duration took = Duration.between(article.ingestedAt(), Instant.now());
            if (!took.isNegative()) {
                ingestToStored.record(took);
            }
        }
    }
}
