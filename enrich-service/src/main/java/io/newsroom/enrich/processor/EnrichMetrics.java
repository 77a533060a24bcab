package io.newsroom.enrich.processor;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/** Counters ops watch: articles enriched and records set aside on the dead-letter topic. */
@ApplicationScoped
public class EnrichMetrics {

    private final Counter enriched;
    private final Counter deadLettered;

    public EnrichMetrics(MeterRegistry registry) {
        enriched = Counter.builder("newsroom.articles.enriched").description("Articles enriched and published").register(registry);
        deadLettered = Counter.builder("newsroom.articles.dead.lettered").description("Raw records sent to the dead-letter topic").register(registry);
    }

    public void enriched() {
        enriched.increment();
    }

    public void deadLettered() {
        deadLettered.increment();
    }
}
