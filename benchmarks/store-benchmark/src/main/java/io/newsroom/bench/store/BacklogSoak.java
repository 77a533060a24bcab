package io.newsroom.bench.store;

import io.newsroom.bench.support.ServiceProcess;
import io.newsroom.infra.FreePort;
import io.newsroom.infra.KafkaBroker;
import io.newsroom.infra.Postgres;
import io.newsroom.infra.TempDirectories;
import io.newsroom.schemas.RawArticle;
import io.newsroom.support.kafka.TopicBootstrap;
import io.newsroom.schemas.Topics;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Issue 10, "a backlog is normal": N raw articles (default 100,000) wait on news.articles.raw.v1 before any consumer
 * runs; then the packaged enrich-service and store-service start as ops run them, and every second the soak asks both
 * services' liveness and readiness, both consumer groups, the enriched topic and the article table, until all N are
 * stored or the time limit passes. Afterwards it reads the whole enriched topic (duplicates, missing articles) and
 * both dead-letter topics, prints the summary and exits non-zero when a check failed (see {@link SoakReport}).
 * <p>
 * Writes results.md, samples.csv (one line per second) and both services' logs to the run folder; the broker and
 * database live in a temporary folder that is deleted at the end, on failure and on Ctrl-C.
 */
public final class BacklogSoak {

    /** Consumers per instance as the services are configured by default (enrich: newsroom.enrich.consumers=2, store: concurrency=2). */
    static final int ENRICH_CONSUMERS = 2;
    static final int STORE_CONSUMERS = 2;

    private BacklogSoak() {
    }

    public static void main(String[] args) throws Exception {
        SoakOptions options = SoakOptions.parse(args);
        String loadAtStart = LoadAverage.now();
        Path out = options.outDir().toAbsolutePath();
        Files.createDirectories(out);
        if (!Files.isRegularFile(options.enrichJar())) {
            throw new IllegalStateException(options.enrichJar().toAbsolutePath() + " is missing: package enrich-service first "
                    + "(mvn -B -q package -DskipTests -pl benchmarks/store-benchmark,enrich-service,store-service -am)");
        }
        ServiceArtifacts store = new ServiceArtifacts(options.storeJar());
        RawArticleGenerator generator = new RawArticleGenerator(
                new ArticleGenerator(options.seed(), options.articles(), store.taxonomy()), options.seed());
        generator.validateSample(200);
        System.out.printf("Load average %s; %,d raw articles, 200 sampled events valid against the contract%n",
                loadAtStart, options.articles());

        List<String> failures;
        try (Lifecycle lifecycle = new Lifecycle()) {
            Path data = Files.createTempDirectory("backlog-soak");
            if (!options.keepData()) {
                lifecycle.add("data folder " + data, () -> TempDirectories.deleteRecursively(data));
            }
            Postgres postgres = lifecycle.add("PostgreSQL", Postgres.start(data.resolve("postgres"), 0, true));
            KafkaBroker broker = lifecycle.add("Kafka broker", KafkaBroker.start(data.resolve("kafka"), 0));
            System.out.printf("PostgreSQL %s (fsync on), Kafka %s, data in %s%n", postgres.jdbcUrl(), broker.bootstrapServers(), data);
            TopicBootstrap.ensureTopics(Map.of("bootstrap.servers", broker.bootstrapServers()),
                    List.of(Topics.RAW, Topics.ENRICHED, Topics.ENRICH_DEAD_LETTER, Topics.STORE_DEAD_LETTER),
                    Topics.DEFAULT_PARTITIONS, Duration.ofSeconds(30));

            Set<String> ids = new HashSet<>();
            EventProducer.Produced produced = new EventProducer(broker.bootstrapServers()).produce(Topics.RAW,
                    options.articles(), i -> {
                        RawArticle raw = generator.article(i);
                        ids.add(raw.id());
                        return new EventProducer.Keyed(raw.id(), Json.MAPPER.writeValueAsBytes(raw));
                    });
            long producedAt = System.nanoTime();
            System.out.printf("Produced %,d raw events (%.0f MB) in %.1f s%n", produced.records(), produced.bytes() / 1e6, produced.seconds());
            if (ids.size() != options.articles()) {
                throw new IllegalStateException("Generated ids are not unique: " + ids.size() + " of " + options.articles());
            }
            if (options.ageSeconds() > 0) {
                System.out.printf("Letting the backlog age %d s%n", options.ageSeconds());
                Thread.sleep(options.ageSeconds() * 1000L);
            }

            String loadAtServicesStart = LoadAverage.now();
            List<ServiceProcess> services = startServices(options, lifecycle, broker, postgres, out);
            double age = (System.nanoTime() - producedAt) / 1e9;
            long t0 = System.nanoTime();
            SoakObservations seen = new SoakObservations(options.articles(), Topics.DEFAULT_PARTITIONS,
                    ENRICH_CONSUMERS, STORE_CONSUMERS);
            List<String> exited = new ArrayList<>();
            boolean timedOut;
            long finalRows;
            TopicAudit.Result audit;
            try (PipelineMonitor monitor = new PipelineMonitor(broker.bootstrapServers(), services, postgres.jdbcUrl(),
                    Postgres.USER, Postgres.PASSWORD)) {
                timedOut = watch(options, monitor, services, seen, exited, t0, out.resolve("samples.csv"));
                for (ServiceProcess s : services) {
                    s.close(); // before the audit: the services' logs are complete and the cores free for reading
                }
                System.out.println("Services stopped; reading the enriched and dead-letter topics");
                audit = new TopicAudit(broker.bootstrapServers()).run(ids);
                finalRows = monitor.count();
            }
            SoakReport.Machine machine = new SoakReport.Machine(Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), loadAtStart, loadAtServicesStart, LoadAverage.now());
            SoakReport.Run run = new SoakReport.Run(options, produced, machine, age, finalRows, audit, exited, timedOut);
            failures = SoakReport.failures(run, seen);
            String results = SoakReport.render(run, seen, failures);
            Files.writeString(out.resolve("results.md"), results);
            System.out.println();
            System.out.println(results);
            System.out.println("Written to " + out.resolve("results.md") + " (per second: samples.csv; logs: enrich-service.log, store-service.log)");
        }
        System.exit(failures.isEmpty() ? 0 : 1);
    }

    private static List<ServiceProcess> startServices(SoakOptions options, Lifecycle lifecycle, KafkaBroker broker,
                                                      Postgres postgres, Path out) throws IOException {
        Map<String, String> enrichEnv = Map.of("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        Map<String, String> storeEnv = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(),
                "QUARKUS_DATASOURCE_USERNAME", Postgres.USER,
                "QUARKUS_DATASOURCE_PASSWORD", Postgres.PASSWORD);
        System.out.println("Starting enrich-service and store-service");
        ServiceProcess enrich = lifecycle.add("enrich-service", ServiceProcess.start("enrich-service",
                options.enrichJar().toAbsolutePath(), FreePort.find(), out.resolve("enrich-service.log"), enrichEnv));
        ServiceProcess store = lifecycle.add("store-service", ServiceProcess.start("store-service",
                options.storeJar().toAbsolutePath(), FreePort.find(), out.resolve("store-service.log"), storeEnv));
        return List.of(enrich, store);
    }

    /** Samples once a second until all N are stored, a service exits, or the time limit; true when it timed out. */
    private static boolean watch(SoakOptions options, PipelineMonitor monitor, List<ServiceProcess> services,
                                 SoakObservations seen, List<String> exited, long t0, Path csv) throws Exception {
        long deadline = t0 + Duration.ofSeconds(options.timeoutSeconds()).toNanos();
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            w.write(SampleCsv.HEADER);
            w.newLine();
            for (long next = t0; ; next += 1_000_000_000L) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                Sample s = monitor.sample((System.nanoTime() - t0) / 1e9, LoadAverage.oneMinute());
                seen.add(s);
                w.write(SampleCsv.line(s));
                w.newLine();
                w.flush();
                if (seen.samples() % 10 == 0) {
                    System.out.println("  " + SampleCsv.progress(s));
                }
                for (ServiceProcess service : services) {
                    try {
                        service.checkAlive();
                    } catch (IllegalStateException e) {
                        exited.add("%s (after %.0f s)".formatted(e.getMessage(), s.seconds()));
                    }
                }
                if (!exited.isEmpty() || s.stored() >= options.articles()) {
                    System.out.println("  " + SampleCsv.progress(s));
                    return false;
                }
                if (System.nanoTime() > deadline) {
                    return true;
                }
                if (System.nanoTime() > next + 1_000_000_000L) {
                    next = System.nanoTime() - 1_000_000_000L; // a slow sample: go on from now, do not catch up in a burst
                }
            }
        }
    }
}
