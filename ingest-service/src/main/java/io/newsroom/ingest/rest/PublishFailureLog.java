package io.newsroom.ingest.rest;

import io.newsroom.ingest.problem.PublishFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * One log line per {@link #EVERY} for the 503s of a broker outage, with the count of the others: a 26 s outage under
 * load wrote 1,102 identical WARN lines (one per answer, found from outside), which buried what an operator needs — that
 * the broker is away, since when, and how many clients were turned away. The metric counts every one.
 */
@ApplicationScoped
public class PublishFailureLog {

    private static final Logger LOG = Logger.getLogger(PublishFailureLog.class);
    static final Duration EVERY = Duration.ofSeconds(30);

    private final LongSupplier nanoClock;
    private final AtomicLong nextLineAt;
    private final AtomicInteger unlogged = new AtomicInteger();

    public PublishFailureLog() {
        this(System::nanoTime);
    }

    PublishFailureLog(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        this.nextLineAt = new AtomicLong(nanoClock.getAsLong());
    }

    /** Logs this failure if no line was written in the last {@link #EVERY}; returns whether it did. */
    public boolean failed(PublishFailedException e) {
        long now = nanoClock.getAsLong();
        long due = nextLineAt.get();
        if (now - due >= 0 && nextLineAt.compareAndSet(due, now + EVERY.toNanos())) {
            int others = unlogged.getAndSet(0);
            LOG.warnf("Article %s, answering 503: %s%s", e.outcomeUnknown() ? "maybe written" : "not written",
                    e.getMessage(), others == 0 ? "" : " (" + others + " more 503s since the last line)");
            return true;
        }
        unlogged.incrementAndGet();
        return false;
    }
}
