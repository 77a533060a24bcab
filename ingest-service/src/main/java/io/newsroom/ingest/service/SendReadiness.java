package io.newsroom.ingest.service;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Whether the producer can take a record right now without waiting: the broker acknowledged a record recently, no
 * send has failed since, and the producer's buffer has room. {@code KafkaProducer.send} only blocks to wait for
 * topic metadata or buffer space; after a recent acknowledgement the metadata is there (the producer keeps it for
 * minutes while the topic is in use), and the buffer is checked with a margin for the other event loops sending at
 * the same moment. Starts "not ready": the first send, which fetches the metadata, happens on a worker thread.
 */
final class SendReadiness {

    /** Well inside the producer's metadata.max.idle.ms (5 minutes), after which the metadata could be dropped. */
    static final Duration FRESH = Duration.ofSeconds(60);

    private final LongSupplier nanoTime;
    private volatile long lastAcknowledged;
    private volatile boolean failedSinceAcknowledged = true;

    SendReadiness(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    void acknowledged() {
        lastAcknowledged = nanoTime.getAsLong();
        failedSinceAcknowledged = false;
    }

    void failed() {
        failedSinceAcknowledged = true;
    }

    boolean ready(double bufferAvailableBytes, long bytesNeeded) {
        return !failedSinceAcknowledged
                && nanoTime.getAsLong() - lastAcknowledged < FRESH.toNanos()
                && bufferAvailableBytes >= bytesNeeded;
    }
}
