package io.newsroom.ingest.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Counters ops watch: every article received, published to Kafka, answered unchanged (identical re-send),
 * rejected (by reason), skipped by a pull (by reason) or not written, and feed pulls by outcome.
 */
@ApplicationScoped
public class IngestMetrics {

    private final MeterRegistry registry;
    private final Counter received;
    private final Counter published;
    private final Counter unchanged;
    private final Counter publishFailed;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.received = Counter.builder("newsroom.articles.received").description("Articles received over HTTP or pulled").register(registry);
        this.published = Counter.builder("newsroom.articles.published").description("Articles acknowledged by Kafka").register(registry);
        this.unchanged = Counter.builder("newsroom.articles.unchanged").description("Identical re-sends: nothing written").register(registry);
        this.publishFailed = Counter.builder("newsroom.articles.publish.failed").description("Articles answered 503: not written").register(registry);
    }

    public void received() {
        received.increment();
    }

    public void received(int count) {
        received.increment(count);
    }

    public void published() {
        published.increment();
    }

    public void unchanged() {
        unchanged.increment();
    }

    public void publishFailed() {
        publishFailed.increment();
    }

    public void rejected(String reason) {
        registry.counter("newsroom.articles.rejected", "reason", reason).increment();
    }

    /** Items a pull passed over on purpose: older than what was published, or beyond max-batch-items. */
    public void skipped(String reason) {
        skipped(reason, 1);
    }

    public void skipped(String reason, int count) {
        registry.counter("newsroom.articles.skipped", "reason", reason).increment(count);
    }

    public void feedPulled(String feed, String outcome) {
        registry.counter("newsroom.feeds.pulls", "feed", feed, "outcome", outcome).increment();
    }
}
