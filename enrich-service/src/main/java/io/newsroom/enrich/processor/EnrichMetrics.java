package io.newsroom.enrich.processor;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Counters ops watch: articles enriched and records set aside on the dead-letter topic, by reason (RecordEnricher's
 * causes). The consumers' lag per partition is {@link io.newsroom.support.metrics.ConsumerLag}'s, registered by
 * {@link EnrichmentLoops}.
 */
@ApplicationScoped
public class EnrichMetrics {

    private final MeterRegistry registry;
    private final Counter enriched;

    public EnrichMetrics(MeterRegistry registry) {
        this.registry = registry;
        enriched = Counter.builder("newsroom.articles.enriched").description("Articles enriched and published").register(registry);
        // Every reason's series from the start, at 0: an alert or rate() needs a series before the first letter.
        for (String reason : java.util.List.of(RecordEnricher.INVALID_EVENT, RecordEnricher.ENRICHMENT_FAILED,
                RecordEnricher.OUTPUT_REFUSED)) {
            deadLetters(reason);
        }
    }


    public void enriched() {
        enriched.increment();
    }

    /** @param reason a few words (RecordEnricher's causes), never the record's own reason text: labels must stay few */
    public void deadLettered(String reason) {
        deadLetters(reason).increment();
    }

    private Counter deadLetters(String reason) {
        return Counter.builder("newsroom.articles.dead.lettered").description("Raw records sent to the dead-letter topic")
                .tag("reason", reason).register(registry);
    }
}
