package io.newsroom.enrich.processor;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Dead-letter series exist for every reason before the first letter, so alerts and rate() have something to read. */
class EnrichMetricsTest {

    @Test
    void shouldShowEveryDeadLetterReasonAtZeroFromTheStart() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        EnrichMetrics metrics = new EnrichMetrics(registry);

        assertThat(registry.find("newsroom.articles.dead.lettered").counters()).extracting(c -> c.getId().getTag("reason"))
                .containsExactlyInAnyOrder(RecordEnricher.INVALID_EVENT, RecordEnricher.ENRICHMENT_FAILED,
                        RecordEnricher.OUTPUT_REFUSED);
        metrics.deadLettered(RecordEnricher.INVALID_EVENT);
        assertThat(registry.get("newsroom.articles.dead.lettered").tag("reason", RecordEnricher.INVALID_EVENT).counter().count())
                .isEqualTo(1.0);
    }
}
