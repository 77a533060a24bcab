package io.newsroom.enrich.health;

import io.newsroom.enrich.processor.EnrichmentLoops;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when every enrichment loop has joined the consumer group and none is recovering from a failed transaction;
 * live while every loop's thread runs (an outage never ends one: it only makes the service not ready).
 */
@ApplicationScoped
public class EnrichmentHealth {

    @Inject
    EnrichmentLoops loops;

    @Produces
    @Readiness
    @ApplicationScoped
    HealthCheck ready() {
        return () -> HealthCheckResponse.named("enrichment-consumers").status(loops.ready()).build();
    }

    @Produces
    @Liveness
    @ApplicationScoped
    HealthCheck alive() {
        return () -> HealthCheckResponse.named("enrichment-loops").status(loops.alive()).build();
    }
}
