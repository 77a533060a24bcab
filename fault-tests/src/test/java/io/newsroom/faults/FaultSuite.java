package io.newsroom.faults;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the pipeline under a steady stream of articles, injects the faults one after another with recovery between
 * (every service ready again; in the long form also everything accepted before the fault stored), stops the load,
 * waits until the pipeline drained and audits what it holds.
 */
final class FaultSuite {

    /** How the run is shaped: the short form fits in mvn verify, the long form proves 10,000+ articles. */
    record Settings(List<Fault> faults, int minArticles, Duration minLoad, double articlesPerSecond,
                    Duration warmUp, boolean waitForCatchUp) {

        static Settings shortForm() {
            return new Settings(Fault.parse("short"), 0, Duration.ofSeconds(45), 15, Duration.ofSeconds(5), false);
        }

        static Settings longForm(List<Fault> faults, int articles) {
            return new Settings(faults, articles, Duration.ofMinutes(2), 20, Duration.ofSeconds(20), true);
        }
    }

    /** When a fault began and what recovering from it took; times in epoch milliseconds. */
    record Injection(Fault fault, long startedAt, int acceptedAtStart, long allReadyAt, List<String> restartedBySuite) {
    }

    record Outcome(Settings settings, Audit.Result audit, List<Injection> injections, long loadStartedAt,
                   long loadStoppedAt, long drainedAt, boolean drained, LoadClient client, HealthMonitor health,
                   ProgressMonitor progress) {
    }

    static final Duration RECOVERY_TIMEOUT = Duration.ofSeconds(120);
    static final Duration CATCH_UP_TIMEOUT = Duration.ofSeconds(120);
    static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(180);
    /** The store has drained when its row count stood still this long (what is left then is lost or dead-lettered). */
    static final Duration DRAIN_QUIET = Duration.ofSeconds(20);
    static final List<String> SOURCES = List.of("wire-eu", "wire-asia", "sportdesk", "markets-daily");

    private FaultSuite() {
    }

    static Outcome run(Settings settings) throws Exception {
        Path workDir = io.newsroom.infra.TempDirectories.create("newsroom-faults-");
        try (Pipeline pipeline = new Pipeline(workDir, SOURCES)) {
            pipeline.start();
            List<ArticleFactory> factories = new ArrayList<>();
            for (int i = 0; i < SOURCES.size(); i++) {
                factories.add(new ArticleFactory(SOURCES.get(i), 42 + i));
            }
            LoadClient client = new LoadClient(URI.create("http://127.0.0.1:" + pipeline.ingest.port + "/articles"),
                    factories, settings.articlesPerSecond());
            try (HealthMonitor health = new HealthMonitor(List.of(pipeline.ingest, pipeline.enrich, pipeline.store));
                 ProgressMonitor progress = new ProgressMonitor(pipeline.kafka.bootstrapServers(),
                         pipeline.postgres.jdbcUrl(), client::acceptedCount)) {
                long loadStartedAt = System.currentTimeMillis();
                client.start();
                Thread.sleep(settings.warmUp().toMillis());
                List<Injection> injections = new ArrayList<>();
                for (Fault fault : settings.faults()) {
                    injections.add(inject(fault, pipeline, client, progress, settings.waitForCatchUp()));
                }
                while (client.acceptedCount() < settings.minArticles()
                        || System.currentTimeMillis() - loadStartedAt < settings.minLoad().toMillis()) {
                    Thread.sleep(500);
                }
                client.stop();
                long loadStoppedAt = System.currentTimeMillis();
                boolean drained = awaitDrained(client, progress);
                long drainedAt = System.currentTimeMillis();
                Audit.Result audit = Audit.run(client.acceptedIds(), pipeline.postgres.jdbcUrl(), pipeline.kafka.bootstrapServers());
                return new Outcome(settings, audit, injections, loadStartedAt, loadStoppedAt, drainedAt, drained,
                        client, health, progress);
            }
        }
    }

    private static Injection inject(Fault fault, Pipeline pipeline, LoadClient client, ProgressMonitor progress,
                                    boolean waitForCatchUp) throws InterruptedException {
        long startedAt = System.currentTimeMillis();
        int acceptedAtStart = client.acceptedCount();
        System.out.printf("FAULTS injecting %s (accepted so far %d)%n", fault.description, acceptedAtStart);
        fault.inject(pipeline);
        List<String> restartedBySuite = new ArrayList<>();
        for (Service service : pipeline.services()) {
            if (!service.becomesReady(RECOVERY_TIMEOUT)) {
                // It did not come back by itself: say so, and restart it so the later faults still measure something.
                restartedBySuite.add(service.name);
                service.kill9();
                service.start();
                service.awaitReady(RECOVERY_TIMEOUT);
            }
        }
        long allReadyAt = System.currentTimeMillis();
        if (waitForCatchUp) {
            long deadline = System.currentTimeMillis() + CATCH_UP_TIMEOUT.toMillis();
            while (progress.latest().stored() < acceptedAtStart && System.currentTimeMillis() < deadline) {
                Thread.sleep(500);
            }
            Thread.sleep(5_000); // a few seconds of normal flow between faults
        } else {
            Thread.sleep(2_000);
        }
        return new Injection(fault, startedAt, acceptedAtStart, allReadyAt, restartedBySuite);
    }

    /** Until the store holds every accepted id, or its count stood still for {@link #DRAIN_QUIET}; bounded. */
    private static boolean awaitDrained(LoadClient client, ProgressMonitor progress) throws InterruptedException {
        long deadline = System.currentTimeMillis() + DRAIN_TIMEOUT.toMillis();
        long lastStored = -1;
        long lastChange = System.currentTimeMillis();
        while (System.currentTimeMillis() < deadline) {
            ProgressMonitor.Sample sample = progress.latest();
            boolean consumed = caughtUp(sample.enrichLag()) && caughtUp(sample.storeLag());
            if (sample.stored() >= client.acceptedCount() && consumed) {
                return true;
            }
            if (sample.stored() != lastStored) {
                lastStored = sample.stored();
                lastChange = System.currentTimeMillis();
            } else if (System.currentTimeMillis() - lastChange > DRAIN_QUIET.toMillis() && consumed) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    /**
     * A transactional producer leaves a commit marker after each partition's last record, and a consumer commits the
     * offset after the last record it processed, so a drained group may lag by one per partition.
     */
    private static boolean caughtUp(long lag) {
        return lag >= 0 && lag <= io.newsroom.schemas.Topics.DEFAULT_PARTITIONS;
    }
}
