package io.newsroom.store.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Typed configuration of store-service (prefix {@code newsroom.store}). */
@ConfigMapping(prefix = "newsroom.store")
public interface StoreConfig {

    /** How often an open stream looks for newly stored articles. */
    @WithDefault("500ms")
    Duration streamPollInterval();

    /** Most articles one stream poll sends; the rest follow on the next poll. */
    @WithDefault("100")
    int streamBatch();
}
