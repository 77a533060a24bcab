package io.newsroom.store.health;

import io.newsroom.store.database.DatabaseProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.util.concurrent.ExecutionException;

/**
 * Ready only while the database answers, within 2 s whatever it does (replaces Agroal's own check, which waits
 * for the pool's acquisition timeout plus the round trip: over 3 s for a frozen server). Not a liveness check: a
 * store whose database is away is waiting, not broken, and carries on by itself when it returns.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    DatabaseProbe probe;

    @Override
    public HealthCheckResponse call() {
        String problem;
        try {
            if (probe.answersWithinTwoSeconds().toCompletableFuture().get()) {
                return HealthCheckResponse.up("database");
            }
            problem = "does not answer";
        } catch (ExecutionException e) {
            problem = "no answer in time (" + e.getCause().getClass().getSimpleName() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem = "check interrupted";
        }
        return HealthCheckResponse.named("database").down().withData("problem", problem).build();
    }
}
