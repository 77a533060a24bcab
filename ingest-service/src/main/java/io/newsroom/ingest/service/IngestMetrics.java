package io.newsroom.ingest.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/** Counters ops watch: every article received, published to Kafka, rejected (by reason) or not written. */
@ApplicationScoped
public class IngestMetrics {

    private final MeterRegistry registry;
    private final Counter received;
    private final Counter published;
    private final Counter publishFailed;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.received = Counter.builder("newsroom.articles.received").description("Articles received over HTTP").register(registry);
        this.published = Counter.builder("newsroom.articles.published").description("Articles acknowledged by Kafka").register(registry);
        this.publishFailed = Counter.builder("newsroom.articles.publish.failed").description("Articles answered 503: not written").register(registry);
    }

    public void received() {
        received.increment();
    }

    public void published() {
        published.increment();
    }

    public void publishFailed() {
        publishFailed.increment();
    }

    public void rejected(String reason) {
        registry.counter("newsroom.articles.rejected", "reason", reason).increment();
    }
}
