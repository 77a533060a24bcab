package io.newsroom.ingest.service;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** When a single article may be sent from an event loop: only while the broker demonstrably keeps up. */
class SendReadinessTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final SendReadiness readiness = new SendReadiness(now::get);

    @Test
    void shouldNotBeReadyBeforeTheFirstAcknowledgement() {
        assertThat(readiness.ready(32e6, 1_000)).isFalse();
    }

    @Test
    void shouldBeReadyAfterAnAcknowledgementWhileTheBufferHasRoom() {
        readiness.acknowledged();
        assertThat(readiness.ready(32e6, 16_000_000)).isTrue();
        assertThat(readiness.ready(15e6, 16_000_000)).as("buffer below the margin").isFalse();
    }

    @Test
    void shouldStopBeingReadyAtTheFirstFailureUntilTheNextAcknowledgement() {
        readiness.acknowledged();
        readiness.failed();
        assertThat(readiness.ready(32e6, 1_000)).isFalse();
        readiness.acknowledged();
        assertThat(readiness.ready(32e6, 1_000)).isTrue();
    }

    @Test
    void shouldStopBeingReadyWhenNothingWasAcknowledgedForAMinute() {
        readiness.acknowledged();
        now.addAndGet(SendReadiness.FRESH.toNanos() - 1);
        assertThat(readiness.ready(32e6, 1_000)).isTrue();
        now.addAndGet(1);
        assertThat(readiness.ready(32e6, 1_000)).isFalse();
    }
}
