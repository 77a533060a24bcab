package io.newsroom.bench.pipeline;

import io.newsroom.bench.store.ArticleGenerator;
import io.newsroom.bench.store.Lifecycle;
import io.newsroom.bench.store.LoadAverage;
import io.newsroom.bench.store.RawArticleGenerator;
import io.newsroom.bench.store.ServiceArtifacts;
import io.newsroom.bench.support.ServiceProcess;
import io.newsroom.infra.FreePort;
import io.newsroom.infra.Postgres;
import io.newsroom.infra.TempDirectories;
import io.newsroom.schemas.Topics;
import io.newsroom.support.kafka.TopicBootstrap;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Issue 16, "the whole pipeline at the speed of its parts", on the packaged services, a real broker and a durable
 * PostgreSQL, each its own process (CPU read from /proc per process; the benchmark JVM only generates load and watches):
 * <ol>
 *   <li>each stage alone, one after the other on the same topics: ingest-service takes W + N articles in batches (nothing
 *   consumes), then enrich-service alone works through that filled raw topic, then store-service alone through the
 *   enriched topic it filled, into an empty database; each window opens after W warm-up articles;</li>
 *   <li>the ceiling: cores / the CPU per article of all processes summed over the three stages;</li>
 *   <li>the whole pipeline, all three services warm: N new articles POSTed as fast as ingest takes them, from the first
 *   POST until the last is a row in the store;</li>
 *   <li>latency at each open-loop rate: ingest to queryable, ingest to SSE event, and the SSE lag ({@link LatencyRun}).</li>
 * </ol>
 * Writes results.md, samples.csv and every process's log into the run folder; prints the {@link E2eLine} last. Exits
 * 1 only for a broken run (an article refused, lost or stuck), never for a missed target.
 */
public final class PipelineBenchmark {

    private PipelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        PipelineOptions options = PipelineOptions.parse(args);
        String loadAtStart = LoadAverage.now();
        Path out = options.outDir().toAbsolutePath();
        Files.createDirectories(out);
        for (Path jar : List.of(options.ingestJar(), options.enrichJar(), options.storeJar())) {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar.toAbsolutePath() + " is missing: package the services first (mvn -B -q package "
                        + "-DskipTests -pl benchmarks/pipeline-benchmark -am)");
            }
        }
        ServiceArtifacts storeArtifacts = new ServiceArtifacts(options.storeJar());
        RawArticleGenerator generator = new RawArticleGenerator(
                new ArticleGenerator(options.seed(), options.totalArticles(), storeArtifacts.taxonomy()), options.seed());
        generator.validateSample(200);
        Submissions submissions = new Submissions(generator);
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("Load average %s, %d cores; %,d articles in all, 200 sampled valid against the contract%n",
                loadAtStart, cores, options.totalArticles());

        PipelineReport.Run run;
        try (Lifecycle lifecycle = new Lifecycle()) {
            Path data = TempDirectories.create("pipeline-benchmark");
            lifecycle.add("data folder " + data, () -> TempDirectories.deleteRecursively(data));
            Duration start = Duration.ofSeconds(180);
            InfrastructureProcess postgres = lifecycle.add("PostgreSQL", InfrastructureProcess.start("postgres", "-Xmx128m",
                    data.resolve("postgres"), out.resolve("postgres.log"), start));
            InfrastructureProcess kafka = lifecycle.add("Kafka broker", InfrastructureProcess.start("kafka", "-Xmx1g",
                    data.resolve("kafka"), out.resolve("kafka.log"), start));
            System.out.printf("PostgreSQL %s (pid %d, fsync on), Kafka %s (pid %d)%n", postgres.address(), postgres.pid(),
                    kafka.address(), kafka.pid());
            TopicBootstrap.ensureTopics(Map.of("bootstrap.servers", kafka.address()),
                    List.of(Topics.RAW, Topics.ENRICHED, Topics.ENRICH_DEAD_LETTER, Topics.STORE_DEAD_LETTER),
                    Topics.DEFAULT_PARTITIONS, Duration.ofSeconds(30));
            Services services = new Services(options, lifecycle, kafka, postgres, out);
            try (BufferedWriter csv = Files.newBufferedWriter(out.resolve("samples.csv"));
                 PipelineProgress progress = new PipelineProgress(kafka.address(), postgres.address(), Postgres.USER, Postgres.PASSWORD)) {
                run = new Phases(options, services, kafka, postgres, progress, new WindowSampler(csv), submissions, cores, loadAtStart).run();
            }
        }
        String results = PipelineReport.render(run);
        Files.writeString(out.resolve("results.md"), results);
        System.out.println();
        System.out.println(results);
        System.out.println("Written to " + out.resolve("results.md") + " (samples.csv, logs of every process beside it)");
        System.out.println(PipelineReport.e2eLine(run));
        System.exit(run.broken().isEmpty() ? 0 : 1);
    }

    /** Starts the packaged services as ops run them, each on a free port, logs in the run folder. */
    record Services(PipelineOptions options, Lifecycle lifecycle, InfrastructureProcess kafka,
                    InfrastructureProcess postgres, Path out) {

        ServiceProcess start(String name, String logSuffix) throws Exception {
            Map<String, String> env = switch (name) {
                case "ingest-service" -> Map.of(
                        "KAFKA_BOOTSTRAP_SERVERS", kafka.address(),
                        "NEWSROOM_INGEST_API_KEYS", Submissions.apiKeysSetting(),
                        // The benchmark measures throughput, not the per-source limit that protects it from one feed.
                        "NEWSROOM_INGEST_RATE_LIMIT_PER_SECOND", "1000000",
                        "NEWSROOM_INGEST_RATE_LIMIT_BURST", "1000000");
                case "enrich-service" -> Map.of("KAFKA_BOOTSTRAP_SERVERS", kafka.address());
                case "store-service" -> Map.of(
                        "KAFKA_BOOTSTRAP_SERVERS", kafka.address(),
                        "QUARKUS_DATASOURCE_JDBC_URL", postgres.address(),
                        "QUARKUS_DATASOURCE_USERNAME", Postgres.USER,
                        "QUARKUS_DATASOURCE_PASSWORD", Postgres.PASSWORD);
                default -> throw new IllegalArgumentException(name);
            };
            Path jar = switch (name) {
                case "ingest-service" -> options.ingestJar();
                case "enrich-service" -> options.enrichJar();
                default -> options.storeJar();
            };
            System.out.println("Starting " + name);
            return lifecycle.add(name, ServiceProcess.start(name, jar.toAbsolutePath(), FreePort.find(),
                    out.resolve(name + logSuffix + ".log"), env));
        }
    }

    /** The phases in order, on one broker and one database. */
    private record Phases(PipelineOptions options, Services services, InfrastructureProcess kafka,
                          InfrastructureProcess postgres, PipelineProgress progress, WindowSampler sampler,
                          Submissions submissions, int cores, String loadAtStart) {

        PipelineReport.Run run() throws Exception {
            int w = options.warmup();
            int n = options.articles();
            Duration timeout = Duration.ofSeconds(options.timeoutSeconds());
            List<String> broken = new ArrayList<>();
            List<StageResult> stages = new ArrayList<>();

            ServiceProcess ingest = services.start("ingest-service", ".alone");
            ingest.awaitReady(Duration.ofSeconds(120), Duration.ofMillis(500));
            BatchPoster poster = poster(ingest);
            List<List<Integer>> plan = poster.plan(0, w + n);
            // Progress counts answered items: a refused one ends the window too (and breaks the run) instead of a wait for the timeout.
            stages.add(report(sampler.measure("ingest alone", meter(ingest), poster::answered, w, w + n, timeout,
                    () -> poster.send(plan)), broken));
            refused(poster, "ingest alone", broken);
            ingest.close();

            ServiceProcess enrich = services.start("enrich-service", ".alone");
            stages.add(report(sampler.measure("enrich alone", meter(enrich), progress::enriched, w, w + n, timeout, () -> {
            }), broken));
            enrich.close();

            ServiceProcess store = services.start("store-service", ".alone");
            stages.add(report(sampler.measure("store alone", meter(store), progress::stored, w, w + n, timeout, () -> {
            }), broken));
            store.close();

            List<ServiceProcess> all = new ArrayList<>();
            for (String name : List.of("store-service", "enrich-service", "ingest-service")) {
                ServiceProcess s = services.start(name, "");
                all.add(s);
            }
            for (ServiceProcess s : all) {
                s.awaitReady(Duration.ofSeconds(120), Duration.ofMillis(500));
            }
            store = all.get(0);
            ingest = all.get(2);
            CpuMeter everything = new CpuMeter();
            all.forEach(s -> everything.with(s.name(), s.pid()));
            everything.with("kafka", kafka.pids()).with("postgres", postgres.pids());
            BatchPoster pipelinePoster = poster(ingest);
            int next = w + n;
            System.out.printf("Warming up the whole pipeline with %,d articles%n", w);
            long base = progress.stored();
            List<List<Integer>> warm = pipelinePoster.plan(next, next + w);
            report(sampler.measure("pipeline warm-up", everything, () -> progress.stored() - base, 0, w, timeout,
                    () -> pipelinePoster.send(warm)), broken);
            next += w;
            long before = progress.stored();
            List<List<Integer>> measured = pipelinePoster.plan(next, next + n);
            StageResult pipeline = report(sampler.measure("whole pipeline", everything, () -> progress.stored() - before, 0, n,
                    timeout, () -> pipelinePoster.send(measured)), broken);
            refused(pipelinePoster, "whole pipeline", broken);
            next += n;

            List<LatencyRun.Result> rates = new ArrayList<>();
            LatencyRun latency = new LatencyRun(ingest.baseUrl(), store.baseUrl(), postgres.address(), submissions);
            for (int rate : options.rates()) {
                System.out.printf("Open loop at %d articles/s for %d s%n", rate, options.secondsPerRate());
                // A pipeline slower than the rate drains its backlog afterwards: slow is a figure, only the phase timeout means lost.
                LatencyRun.Result r = latency.run(rate, options.secondsPerRate(), next, everything, timeout);
                next += rate * options.secondsPerRate();
                System.out.printf("  queryable p50 %.0f ms, p99 %.0f ms, max %.0f ms; SSE lag max %.0f ms%n", r.queryableMs().p50(),
                        r.queryableMs().p99(), r.queryableMs().max(), r.sseLagMs().max());
                if (!r.complete()) {
                    broken.add(String.format("rate %d/s: %d not 202, %d never queryable, %d without SSE event, %d GET checks failed",
                            rate, r.notAccepted(), r.missingQueryable(), r.missingSse(), r.getFailed()));
                }
                rates.add(r);
            }
            for (ServiceProcess s : all) {
                s.close();
            }
            return new PipelineReport.Run(options, cores, loadAtStart, LoadAverage.now(), stages, pipeline, rates, broken);
        }

        private BatchPoster poster(ServiceProcess ingest) {
            return new BatchPoster(ingest.baseUrl(), submissions, options.batchSize(), options.concurrency());
        }

        private CpuMeter meter(ServiceProcess service) {
            return new CpuMeter().with(service.name(), service.pid()).with("kafka", kafka.pids()).with("postgres", postgres.pids());
        }

        private static StageResult report(StageResult r, List<String> broken) {
            System.out.printf("%s: %,d articles in %.1f s = %.1f/s, all processes %.2f CPU ms/article%s%n", r.name(), r.articles(),
                    r.seconds(), r.articlesPerSecond(), r.totalCpuPerArticle() * 1000, r.complete() ? "" : " (INCOMPLETE)");
            if (!r.complete()) {
                broken.add(r.name() + " did not reach its target in time: articles lost or stuck");
            }
            return r;
        }

        private static void refused(BatchPoster poster, String phase, List<String> broken) {
            if (poster.notAccepted() > 0) {
                broken.add(phase + ": " + poster.notAccepted() + " articles not accepted, first: " + poster.firstProblem());
            }
        }
    }
}
