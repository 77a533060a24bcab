package io.newsroom.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Typed configuration of ingest-service (prefix {@code newsroom.ingest}). */
@ConfigMapping(prefix = "newsroom.ingest")
public interface IngestConfig {

    /** Largest accepted request body in bytes; larger ones get 413. */
    @WithDefault("1048576")
    int maxBodyBytes();

    /** Most items in one batch or pushed feed (more get 413), and taken from one pulled feed (the newest). */
    @WithDefault("500")
    int maxBatchItems();

    /**
     * Largest raw event (serialised) sent to Kafka; a larger one (e.g. big body plus original ninjs) gets 413. It can
     * only be lowered: above StorageContract.MAX_RAW_EVENT_BYTES the enriched event would not fit Kafka's limits.
     */
    @WithDefault("450000")
    int maxEventBytes();

    /** How long a request waits for the broker's acknowledgement before it answers 503. */
    @WithDefault("10s")
    Duration publishTimeout();

    /** Seconds a client is asked to wait before retrying after a 503. */
    @WithDefault("5")
    int retryAfterSeconds();

    /** Base URL of the store's article resource, for the Location header of a 202 (the article's future home). */
    @WithDefault("http://localhost:8083/articles/")
    String articleLocationBase();

    /**
     * API keys, as {@code <source>:<sha256 hex of the key>} entries (comma-separated in one variable). Only
     * hashes are configured, never keys. A source may have several entries (key rotation). No entry: every
     * request is refused with 401.
     */
    Optional<List<String>> apiKeys();

    /** Requests per second each source may make (token bucket refill); beyond it 429 with Retry-After. */
    @WithDefault("200")
    double rateLimitPerSecond();

    /** Requests a source may make at once after being idle (token bucket size). */
    @WithDefault("400")
    int rateLimitBurst();

    /** Per-source overrides, as {@code <source>:<requests per second>[:<burst>]} entries. */
    Optional<List<String>> rateLimits();

    /**
     * Published versions whose content hash is remembered in all (the newest 4 of each id), to answer identical
     * re-sends without a new event and refuse late older versions. An id weighs as many versions as it keeps.
     */
    @WithDefault("200000")
    int dedupeEntries();

    /**
     * How far back a starting instance reads the raw topic to know what was published (RawTopicFollower): an
     * identical retry within it is answered "unchanged" with the first version, also after a restart or on another
     * instance. Longer costs start-up time (the service is not ready until it has read it).
     */
    @WithDefault("1h")
    Duration retryWindow();

    /**
     * How much new data a fetch of the raw-topic follower waits for (at most 20 ms). Under live load each fetch then
     * carries the records of about 20 ms, not one record per fetch (single POSTs at 200/s were 200 fetches a second,
     * a third of ingest's CPU); the read-your-writes barrier waits at most those 20 ms per fetch, as when idle.
     */
    @WithDefault("65536")
    int followerFetchMinBytes();

    /** Idempotency-Key answers remembered (per source and key) and for how long. */
    @WithDefault("100000")
    int idempotencyEntries();

    @WithDefault("24h")
    Duration idempotencyTtl();
}
