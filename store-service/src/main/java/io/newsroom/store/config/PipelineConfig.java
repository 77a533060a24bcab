package io.newsroom.store.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Where the pipeline page ({@code GET /pipeline}) asks the other services how they are (prefix
 * {@code newsroom.store.pipeline}). Optional: the store does not need them to work, and a service without a configured
 * URL is shown as not configured. {@code ./newsroom up} sets both.
 */
@ConfigMapping(prefix = "newsroom.store.pipeline")
public interface PipelineConfig {

    /** Base URL of ingest-service, e.g. http://localhost:8081; its /q/health/ready is asked. */
    Optional<URI> ingestUrl();

    /** Base URL of enrich-service, e.g. http://localhost:8082. */
    Optional<URI> enrichUrl();

    /** Longest wait for each answer (a service's health, the broker): the page answers within a few of these. */
    @WithDefault("3s")
    Duration timeout();
}
