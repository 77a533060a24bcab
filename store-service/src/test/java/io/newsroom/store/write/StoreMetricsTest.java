package io.newsroom.store.write;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Declared dead-letter reasons are series at 0 before the first letter; a letter counts in its reason's series. */
class StoreMetricsTest {

    @Test
    void shouldShowDeclaredDeadLetterReasonsAtZeroUntilALetterComes() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        StoreMetrics metrics = new StoreMetrics(registry);

        metrics.declareDeadLetterReasons("invalid-event", "unreadable");

        assertThat(registry.find("newsroom.articles.dead.lettered").counters()).extracting(c -> c.getId().getTag("reason"))
                .containsExactlyInAnyOrder("invalid-event", "unreadable");
        metrics.deadLettered("unreadable");
        assertThat(registry.get("newsroom.articles.dead.lettered").tag("reason", "unreadable").counter().count()).isEqualTo(1.0);
        assertThat(registry.get("newsroom.articles.dead.lettered").tag("reason", "invalid-event").counter().count()).isZero();
    }
}
