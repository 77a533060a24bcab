package io.newsroom.bench.store;

import io.newsroom.bench.support.ServiceProcess;
import io.newsroom.infra.FreePort;
import io.newsroom.infra.KafkaBroker;
import io.newsroom.infra.Postgres;
import io.newsroom.infra.TempDirectories;
import io.newsroom.bench.store.QueryClasses.QueryClass;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Benchmark of the packaged store-service against the targets, run from the repository root:
 * <ol>
 *   <li>a real Kafka broker and a durable PostgreSQL (fsync on) in a temporary folder;</li>
 *   <li>N generated enriched events produced to news.articles.enriched.v1 before the service starts;</li>
 *   <li>store-service started as its own process: articles/s until all N are in its article table;</li>
 *   <li>the same rows with plain JDBC batches into a second database of the same server: articles/s and the ratio;</li>
 *   <li>GET /articles per query class, open loop at a fixed rate: p50/p95/p99/max;</li>
 *   <li>EXPLAIN ANALYZE of the statements behind the slow classes.</li>
 * </ol>
 * Writes results.md, query-plans.txt and store-service.log to the output folder; stops everything it started.
 */
public final class StoreBenchmark {

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        String loadBefore = LoadAverage.now();
        Files.createDirectories(options.outDir());
        ServiceArtifacts service = new ServiceArtifacts(options.serviceJar());
        ArticleGenerator generator = new ArticleGenerator(options.seed(), options.articles(), service.taxonomy());
        EventProducer.validateSample(generator, 200);
        System.out.printf("Load average %s; %,d articles, 200 sampled events valid against the contract%n",
                loadBefore, options.articles());

        try (Lifecycle lifecycle = new Lifecycle()) {
            Path data = Files.createTempDirectory("store-benchmark");
            if (!options.keepData()) {
                lifecycle.add("data folder " + data, () -> TempDirectories.deleteRecursively(data));
            }
            Postgres postgres = lifecycle.add("PostgreSQL", Postgres.start(data.resolve("postgres"), 0, true));
            KafkaBroker broker = lifecycle.add("Kafka broker", KafkaBroker.start(data.resolve("kafka"), 0));
            System.out.printf("PostgreSQL %s (fsync on), Kafka %s, data in %s%n", postgres.jdbcUrl(), broker.bootstrapServers(), data);

            EventProducer.Produced produced = new EventProducer(broker.bootstrapServers()).produceAll(generator);
            System.out.printf("Produced %,d events (%.0f MB) in %.1f s%n", produced.records(), produced.bytes() / 1e6, produced.seconds());

            int port = FreePort.find();
            Path log = options.outDir().toAbsolutePath().resolve("store-service.log");
            Map<String, String> env = Map.of(
                    "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                    "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(),
                    "QUARKUS_DATASOURCE_USERNAME", Postgres.USER,
                    "QUARKUS_DATASOURCE_PASSWORD", Postgres.PASSWORD);
            List<ServiceProcess> started = new ArrayList<>();
            System.out.println("Starting store-service; storing:");
            IngestMeasurement.Result ingest = new IngestMeasurement(postgres.jdbcUrl(), Postgres.USER, Postgres.PASSWORD)
                    .measure(options.articles(), () -> {
                        try {
                            ServiceProcess process = lifecycle.add("store-service",
                                    ServiceProcess.start("store-service", service.runJar(), port, log, env));
                            started.add(process);
                            return process;
                        } catch (IOException e) {
                            throw new IllegalStateException("Cannot start store-service", e);
                        }
                    }, Duration.ofSeconds(Math.max(600, options.articles() / 50)));
            ServiceProcess store = started.get(0);
            System.out.printf("Stored %,d in %.1f s after ready: %,.0f articles/s; dead letters: %s%n", options.articles(),
                    ingest.doneSeconds() - ingest.readySeconds(), ingest.rateFromReady(), deadLetters(store));

            JdbcBaseline baseline = new JdbcBaseline(postgres.jdbcUrl(), Postgres.USER, Postgres.PASSWORD);
            baseline.createDatabase(service.migrations());
            JdbcBaseline.Result jdbc = baseline.insertAll(generator);
            System.out.printf("Plain JDBC: %,d in %.1f s: %,.0f articles/s%n", jdbc.articles(), jdbc.seconds(), jdbc.rate());
            baseline.dropDatabase();

            // Steady state of a live archive: autovacuum has analysed the tables and set the visibility map.
            vacuumAnalyze(postgres.jdbcUrl());
            List<OpenLoopLoad.Stats> queries = queryLatencies(options, generator, store);

            QueryPlans.write(postgres.jdbcUrl(), Postgres.USER, Postgres.PASSWORD, generator,
                    options.outDir().resolve("query-plans.txt"));

            ResultsTable.Machine machine = new ResultsTable.Machine(loadBefore, LoadAverage.now(),
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            String results = ResultsTable.render(options, machine, produced, ingest, jdbc, queries);
            Files.writeString(options.outDir().resolve("results.md"), results);
            System.out.println();
            System.out.println(results);
            System.out.println("Written to " + options.outDir().resolve("results.md") + " (plans: query-plans.txt)");
        }
    }

    private static List<OpenLoopLoad.Stats> queryLatencies(BenchOptions options, ArticleGenerator generator,
                                                           ServiceProcess store) throws InterruptedException {
        OpenLoopLoad load = new OpenLoopLoad(store.baseUrl());
        List<QueryClass> classes = QueryClasses.all(generator);
        if (options.warmupSeconds() > 0) {
            // JIT and caches warm on every class before anything is recorded.
            QueryClass mixed = new QueryClass("warm-up", "mixed",
                    r -> classes.get(r.nextInt(classes.size())).next().apply(r));
            load.run(mixed, options.rate(), options.warmupSeconds(), options.seed());
        }
        List<OpenLoopLoad.Stats> stats = new ArrayList<>();
        long seed = new SplittableRandom(options.seed()).nextLong();
        for (QueryClass c : classes) {
            store.checkAlive();
            OpenLoopLoad.Stats s = load.run(c, options.rate(), options.seconds(), seed++);
            System.out.printf("  %-16s %-38s p50 %7.1f  p99 %7.1f  max %7.1f ms, %d errors, %.1f hits%n",
                    c.group(), c.name(), s.ms(50), s.ms(99), s.maxMs(), s.errors(), s.meanHits());
            stats.add(s);
        }
        return stats;
    }

    private static String deadLetters(ServiceProcess store) throws InterruptedException {
        String metrics = store.get("/q/metrics");
        if (metrics == null) {
            return "metrics unavailable";
        }
        return metrics.lines().filter(l -> l.startsWith("newsroom_articles_dead_lettered_total"))
                .map(l -> l.substring(l.lastIndexOf(' ') + 1)).findFirst().orElse("0");
    }

    private static void vacuumAnalyze(String jdbcUrl) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, Postgres.USER, Postgres.PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("VACUUM (ANALYZE)");
        }
    }
}
