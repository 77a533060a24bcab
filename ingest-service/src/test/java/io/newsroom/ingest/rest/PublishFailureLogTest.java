package io.newsroom.ingest.rest;

import io.newsroom.ingest.problem.PublishFailedException;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The 503s of an outage are logged once per window, the first at once, the others counted into the next line. */
class PublishFailureLogTest {

    private final AtomicLong now = new AtomicLong(-5_000_000_000L);   // nanoTime may be negative
    private final PublishFailureLog log = new PublishFailureLog(now::get);
    private final PublishFailedException failure = new PublishFailedException("the broker did not answer", null);

    @Test
    void shouldLogTheFirstFailureAndThenOneLinePerWindow() {
        long logged = IntStream.range(0, 1_000).filter(i -> {
            now.addAndGet(10_000_000L);   // 1,000 failures over 10 s
            return log.failed(failure);
        }).count();

        assertThat(logged).isEqualTo(1);

        now.addAndGet(PublishFailureLog.EVERY.toNanos());
        assertThat(log.failed(failure)).isTrue();
        assertThat(log.failed(failure)).isFalse();
    }
}
