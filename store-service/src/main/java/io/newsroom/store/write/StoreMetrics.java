package io.newsroom.store.write;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/** Counters ops watch: events stored (by outcome) and records set aside on the dead-letter topic. */
@ApplicationScoped
public class StoreMetrics {

    private final MeterRegistry registry;
    private final Counter deadLettered;

    public StoreMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.deadLettered = Counter.builder("newsroom.articles.dead.lettered")
                .description("Enriched records sent to the dead-letter topic").register(registry);
    }

    public void stored(StoreOutcome outcome) {
        registry.counter("newsroom.articles.stored", "outcome", outcome.name().toLowerCase()).increment();
    }

    public void deadLettered() {
        deadLettered.increment();
    }
}
