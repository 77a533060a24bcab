package io.newsroom.store.pipeline;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.newsroom.schemas.Topics;
import io.newsroom.store.config.PipelineConfig;
import io.newsroom.store.pipeline.KafkaStatus.DeadLetters;
import io.newsroom.store.pipeline.KafkaStatus.GroupLag;
import io.newsroom.store.pipeline.ServiceHealth.Health;
import io.newsroom.store.pipeline.ServiceHealth.Status;
import io.smallrye.health.SmallRyeHealth;
import io.smallrye.health.SmallRyeHealthReporter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The pipeline at a glance, for the desk's Pipeline page: each service's readiness, the broker, consumer lag, dead
 * letters and the store's own write rate. Every part that cannot be read is shown as such (unreachable, not configured,
 * null) instead of failing the whole answer: the page matters most when something is down.
 */
@ApplicationScoped
public class PipelineStatus {

    static final String ENRICH_GROUP = "enrich-service";
    static final String STORE_GROUP = "store-service";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Broker(Status status, Integer brokers, String detail) {
    }

    /**
     * @param store null when the database cannot answer (the store-service entry of {@code services} says why)
     */
    public record Pipeline(@JsonFormat(shape = JsonFormat.Shape.STRING) Instant checkedAt, List<Health> services,
                           Broker kafka, List<GroupLag> consumers, List<DeadLetters> deadLetters, StoreRate.Rate store) {
    }

    @Inject
    PipelineConfig config;

    @Inject
    ServiceHealth health;

    @Inject
    KafkaStatus kafka;

    @Inject
    StoreRate rate;

    @Inject
    SmallRyeHealthReporter reporter;

    public Pipeline current() {
        // The other services are asked at once, while the broker and the database are read here.
        CompletableFuture<Health> ingest = config.ingestUrl()
                .map(url -> health.check("ingest-service", url, config.timeout()))
                .orElse(CompletableFuture.completedFuture(ServiceHealth.notConfigured("ingest-service", "newsroom.store.pipeline.ingest-url")));
        CompletableFuture<Health> enrich = config.enrichUrl()
                .map(url -> health.check("enrich-service", url, config.timeout()))
                .orElse(CompletableFuture.completedFuture(ServiceHealth.notConfigured("enrich-service", "newsroom.store.pipeline.enrich-url")));

        List<GroupLag> consumers = new ArrayList<>();
        List<DeadLetters> deadLetters = new ArrayList<>();
        Broker broker;
        try {
            broker = new Broker(Status.UP, kafka.brokers(), null);
            consumers.add(kafka.lag(ENRICH_GROUP, Topics.RAW));
            consumers.add(kafka.lag(STORE_GROUP, Topics.ENRICHED));
            deadLetters.add(kafka.deadLetters(Topics.ENRICH_DEAD_LETTER, ENRICH_GROUP + "-redrive"));
            deadLetters.add(kafka.deadLetters(Topics.STORE_DEAD_LETTER, STORE_GROUP + "-redrive"));
        } catch (RuntimeException e) {
            broker = new Broker(Status.UNREACHABLE, null, e.getMessage());
        }
        StoreRate.Rate storeRate;
        try {
            storeRate = rate.current();
        } catch (RuntimeException e) {
            storeRate = null; // database away: the store's readiness below names it
        }
        return new Pipeline(Instant.now(), List.of(ingest.join(), enrich.join(), self()), broker, consumers, deadLetters, storeRate);
    }

    /** This store's own readiness, its failing checks named. */
    private Health self() {
        SmallRyeHealth readiness = reporter.getReadiness();
        if (!readiness.isDown()) {
            return new Health("store-service", null, Status.UP, null);
        }
        List<String> down = new ArrayList<>();
        JsonValue checks = readiness.getPayload().get("checks");
        if (checks != null) {
            for (JsonValue check : checks.asJsonArray()) {
                JsonObject object = check.asJsonObject();
                if (!"UP".equals(object.getString("status", ""))) {
                    down.add(object.getString("name", "?"));
                }
            }
        }
        return new Health("store-service", null, Status.DOWN, String.join(", ", down) + " down");
    }
}
