package io.newsroom.faults;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The whole pipeline as separate processes on fixed free ports with data in one temp folder: the broker, the
 * database, store-service, enrich-service, ingest-service, and a second enrich-service that only the rebalance fault
 * starts. Fixed ports and folders let every part be killed and started again where clients expect it.
 */
final class Pipeline implements AutoCloseable {

    static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    static final String SOURCE_KEY_PREFIX = "faults-key-";

    final Path workDir;
    final Infrastructure kafka;
    final Infrastructure postgres;
    final Service store;
    final Service enrich;
    final Service enrichSecond;
    final Service ingest;

    Pipeline(Path workDir, List<String> sources) {
        this.workDir = workDir;
        Path logs = Path.of("target", "fault-logs").toAbsolutePath();
        kafka = new Infrastructure(Infrastructure.Kind.KAFKA, workDir.resolve("kafka"), io.newsroom.infra.FreePort.find(), logs);
        postgres = new Infrastructure(Infrastructure.Kind.POSTGRES, workDir.resolve("postgres"), io.newsroom.infra.FreePort.find(), logs);
        int storePort = io.newsroom.infra.FreePort.find();
        Map<String, String> brokers = Map.of("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        store = new Service("store-service", "store-service", storePort, "256m", Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(),
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "postgres"), logs);
        enrich = new Service("enrich-service", "enrich-service", io.newsroom.infra.FreePort.find(), "512m", brokers, logs);
        enrichSecond = new Service("enrich-service-2", "enrich-service", io.newsroom.infra.FreePort.find(), "512m", brokers, logs);
        ingest = new Service("ingest-service", "ingest-service", io.newsroom.infra.FreePort.find(), "256m", Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "NEWSROOM_INGEST_ARTICLE_LOCATION_BASE", "http://127.0.0.1:" + storePort + "/articles/",
                "NEWSROOM_INGEST_API_KEYS", apiKeyHashes(sources)), logs);
    }

    void start() throws InterruptedException {
        // The broker and the database start side by side: on a shared two-core machine that saves about 8 s.
        inParallel(List.of(() -> kafka.start(START_TIMEOUT), () -> postgres.start(START_TIMEOUT)));
        store.start();
        enrich.start();
        ingest.start();
        awaitReady(START_TIMEOUT);
    }

    /** The three services the pipeline needs (the second enrich instance is optional). */
    List<Service> services() {
        return List.of(ingest, enrich, store);
    }

    void awaitReady(Duration timeout) throws InterruptedException {
        for (Service service : services()) {
            service.awaitReady(timeout);
        }
    }

    @Override
    public void close() throws InterruptedException {
        inParallel(List.of(ingest::stop, enrichSecond::stop, enrich::stop, store::stop));
        inParallel(List.of(kafka::stop, postgres::stop));
        stopOrphanedPostgres();
        if (Boolean.getBoolean("faults.keep-data")) {
            // For reading the topics and the database after a failed audit (kafka-dump-log, psql).
            System.out.println("FAULTS data kept in " + workDir);
        } else {
            io.newsroom.infra.TempDirectories.deleteEventually(workDir);
        }
    }

    interface Step {
        void run() throws InterruptedException;
    }

    /** Runs the steps on their own threads and waits for all; the first failure is rethrown. */
    private static void inParallel(List<Step> steps) throws InterruptedException {
        List<java.util.concurrent.CompletableFuture<Void>> running = steps.stream()
                .map(step -> java.util.concurrent.CompletableFuture.runAsync(() -> {
                    try {
                        step.run();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                }, task -> new Thread(task, "pipeline-step").start())).toList();
        try {
            java.util.concurrent.CompletableFuture.allOf(running.toArray(new java.util.concurrent.CompletableFuture[0])).get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** A wrapper killed with SIGKILL leaves its server running; never leave one behind on the machine. */
    private void stopOrphanedPostgres() throws InterruptedException {
        var server = postgres.postgresServerPid().flatMap(ProcessHandle::of);
        if (server.isPresent() && Files.exists(postgres.dataDir.resolve("data").resolve("postmaster.pid"))) {
            server.get().destroy();
            server.get().onExit().completeOnTimeout(null, 20, java.util.concurrent.TimeUnit.SECONDS).join();
        }
    }

    /** ingest-service takes only SHA-256 hashes of the keys; source S uses the key "faults-key-S". */
    private static String apiKeyHashes(List<String> sources) {
        try {
            StringBuilder entries = new StringBuilder();
            for (String source : sources) {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest((SOURCE_KEY_PREFIX + source).getBytes(StandardCharsets.UTF_8));
                entries.append(entries.isEmpty() ? "" : ",").append(source).append(':').append(HexFormat.of().formatHex(hash));
            }
            return entries.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
