package io.newsroom.ingest.health;

import io.newsroom.ingest.service.RawTopicFollower;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only once the raw topic's retry window has been read after start: before that a retry of an article written
 * before the restart could not be recognised, and articles wait for it (503 after half the publish timeout).
 */
@Readiness
@ApplicationScoped
public class RetryMemoryReadinessCheck implements HealthCheck {

    @Inject
    RawTopicFollower follower;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("published-articles-loaded").status(follower.isLoaded()).build();
    }
}
