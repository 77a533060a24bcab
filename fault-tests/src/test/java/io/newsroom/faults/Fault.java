package io.newsroom.faults;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * The faults the suite injects, each with the stage whose progress shows whether the pipeline got over it. A killed
 * service is started again at once, as a supervisor (systemd, Kubernetes, {@code ./newsroom restart}) would; a killed
 * broker or database stays down for {@link #INFRASTRUCTURE_OUTAGE} first, so the services live through a real outage
 * (not-ready, 503s, held records) rather than a blip their retries hide.
 */
enum Fault {
    KILL_ENRICH("kill -9 enrich-service", ProgressMonitor.Sample::enriched),
    KILL_STORE("kill -9 store-service", ProgressMonitor.Sample::stored),
    KILL_KAFKA("kill -9 Kafka broker", ProgressMonitor.Sample::stored),
    KILL_POSTGRES("kill -9 PostgreSQL (server and wrapper)", ProgressMonitor.Sample::stored),
    KILL_INGEST("kill -9 ingest-service", ProgressMonitor.Sample::accepted),
    REBALANCE("second enrich-service joins, then leaves", ProgressMonitor.Sample::enriched);

    /** How long the second enrich instance takes part before it leaves (SIGTERM). */
    private static final Duration SECOND_INSTANCE_STAYS = Duration.ofSeconds(10);

    /** How long a killed broker or database stays down: {@code -Dfaults.outage-seconds}, 15 by default. */
    static final Duration INFRASTRUCTURE_OUTAGE = Duration.ofSeconds(Integer.getInteger("faults.outage-seconds", 15));

    final String description;
    /** The figure that stands still while the faulted stage is not consuming (or, for ingest, not accepting). */
    final ToLongFunction<ProgressMonitor.Sample> progress;

    Fault(String description, ToLongFunction<ProgressMonitor.Sample> progress) {
        this.description = description;
        this.progress = progress;
    }

    /** {@code all}, {@code short} (kill -9 enrich and store) or a comma-separated list such as {@code kill_store,rebalance}. */
    static List<Fault> parse(String names) {
        return switch (names.strip().toLowerCase(Locale.ROOT)) {
            case "all" -> List.of(KILL_ENRICH, KILL_STORE, KILL_KAFKA, KILL_POSTGRES, KILL_INGEST, REBALANCE);
            case "short" -> List.of(KILL_ENRICH, KILL_STORE);
            default -> java.util.Arrays.stream(names.split(",")).map(n -> valueOf(n.strip().toUpperCase(Locale.ROOT))).toList();
        };
    }

    /** Injects the fault and starts the faulted part again; returns once the new process has been started. */
    void inject(Pipeline pipeline) throws InterruptedException {
        switch (this) {
            case KILL_ENRICH -> restart(pipeline.enrich);
            case KILL_STORE -> restart(pipeline.store);
            case KILL_INGEST -> restart(pipeline.ingest);
            case KILL_KAFKA -> {
                pipeline.kafka.kill9();
                Thread.sleep(INFRASTRUCTURE_OUTAGE.toMillis());
                pipeline.kafka.start(Pipeline.START_TIMEOUT);
            }
            case KILL_POSTGRES -> {
                pipeline.postgres.kill9();
                Thread.sleep(INFRASTRUCTURE_OUTAGE.toMillis());
                pipeline.postgres.start(Pipeline.START_TIMEOUT);
            }
            case REBALANCE -> {
                pipeline.enrichSecond.start();
                pipeline.enrichSecond.awaitReady(Pipeline.START_TIMEOUT);
                Thread.sleep(SECOND_INSTANCE_STAYS.toMillis());
                pipeline.enrichSecond.stop();
            }
        }
    }

    private static void restart(Service service) throws InterruptedException {
        service.kill9();
        service.start();
    }
}
