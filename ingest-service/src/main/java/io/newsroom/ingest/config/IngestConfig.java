package io.newsroom.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Typed configuration of ingest-service (prefix {@code newsroom.ingest}). */
@ConfigMapping(prefix = "newsroom.ingest")
public interface IngestConfig {

    /** Largest accepted request body in bytes; larger ones get 413. */
    @WithDefault("1048576")
    int maxBodyBytes();

    /** How long a request waits for the broker's acknowledgement before it answers 503. */
    @WithDefault("10s")
    Duration publishTimeout();

    /** Seconds a client is asked to wait before retrying after a 503. */
    @WithDefault("5")
    int retryAfterSeconds();

    /** Base URL of the store's article resource, for the Location header of a 202 (the article's future home). */
    @WithDefault("http://localhost:8083/articles/")
    String articleLocationBase();
}
