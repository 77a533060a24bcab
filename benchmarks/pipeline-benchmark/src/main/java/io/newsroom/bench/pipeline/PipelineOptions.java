package io.newsroom.bench.pipeline;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Command-line flags of {@link PipelineBenchmark}; every one has a default so the bare command runs the whole benchmark. */
record PipelineOptions(int articles, int warmup, List<Integer> rates, int secondsPerRate, int batchSize, int concurrency,
                       int timeoutSeconds, long seed, Path ingestJar, Path enrichJar, Path storeJar, Path outDir) {

    static final String USAGE = """
            PipelineBenchmark [--articles N] [--warmup W] [--rates 50,100,200] [--seconds-per-rate S] [--batch B]
                              [--concurrency C] [--timeout S] [--seed X] [--ingest-jar PATH] [--enrich-jar PATH]
                              [--store-jar PATH] [--out DIR]
              --articles          measured articles of each stage alone and of the whole pipeline (default 10000)
              --warmup            articles before each measured window, not counted (default max(500, N / 10))
              --rates             open-loop rates of the latency runs, articles/s (default 50,100,200)
              --seconds-per-rate  seconds of sending at each rate (default 30)
              --batch             items per POST /articles/batch (default 100)
              --concurrency       batch requests in flight (default 4)
              --timeout           seconds a phase may take before its articles count as lost (default max(300, N / 20))
              --seed              seed of the generated articles (default 42)
              --ingest-jar, --enrich-jar, --store-jar   <service>/target/quarkus-app/quarkus-run.jar
              --out               run folder: results.md, samples.csv and every process's log
                                  (default benchmarks/pipeline-benchmark/target/pipeline-benchmark)""";

    static PipelineOptions parse(String[] args) {
        int articles = 10_000;
        Integer warmup = null;
        List<Integer> rates = List.of(50, 100, 200);
        int seconds = 30;
        int batch = 100;
        int concurrency = 4;
        Integer timeout = null;
        long seed = 42;
        Path ingest = Path.of("ingest-service/target/quarkus-app/quarkus-run.jar");
        Path enrich = Path.of("enrich-service/target/quarkus-app/quarkus-run.jar");
        Path store = Path.of("store-service/target/quarkus-app/quarkus-run.jar");
        Path out = Path.of("benchmarks/pipeline-benchmark/target/pipeline-benchmark");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--articles" -> articles = Integer.parseInt(value(args, ++i));
                case "--warmup" -> warmup = Integer.parseInt(value(args, ++i));
                case "--rates" -> rates = Arrays.stream(value(args, ++i).split(",")).map(String::trim).map(Integer::parseInt).toList();
                case "--seconds-per-rate" -> seconds = Integer.parseInt(value(args, ++i));
                case "--batch" -> batch = Integer.parseInt(value(args, ++i));
                case "--concurrency" -> concurrency = Integer.parseInt(value(args, ++i));
                case "--timeout" -> timeout = Integer.parseInt(value(args, ++i));
                case "--seed" -> seed = Long.parseLong(value(args, ++i));
                case "--ingest-jar" -> ingest = Path.of(value(args, ++i));
                case "--enrich-jar" -> enrich = Path.of(value(args, ++i));
                case "--store-jar" -> store = Path.of(value(args, ++i));
                case "--out" -> out = Path.of(value(args, ++i));
                default -> throw new IllegalArgumentException("Unknown flag " + args[i] + "\n" + USAGE);
            }
        }
        int warm = warmup != null ? warmup : Math.max(500, articles / 10);
        if (articles < 1 || warm < 0 || seconds < 1 || batch < 1 || batch > 500 || concurrency < 1
                || rates.stream().anyMatch(r -> r < 1) || (timeout != null && timeout < 1)) {
            throw new IllegalArgumentException("Counts, rates and times must be positive (--batch at most 500)\n" + USAGE);
        }
        return new PipelineOptions(articles, warm, rates, seconds, batch, concurrency,
                timeout != null ? timeout : Math.max(300, articles / 20), seed, ingest, enrich, store, out);
    }

    /** Articles the run generates: each stage's warm-up and window, the pipeline's warm-up and window, every rate. */
    int totalArticles() {
        return 2 * (warmup + articles) + rates.stream().mapToInt(r -> r * secondsPerRate).sum();
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value\n" + USAGE);
        }
        return args[i];
    }
}
