package io.newsroom.bench.store;

import java.nio.file.Path;

/** Command-line flags; every one has a default so the bare command runs the full benchmark. */
record BenchOptions(int articles, int rate, int seconds, int warmupSeconds, long seed, Path serviceJar, Path outDir,
                    boolean keepData) {

    static final String USAGE = """
            StoreBenchmark [--articles N] [--rate R] [--seconds S] [--warmup W] [--seed X] [--service-jar PATH]
                           [--out DIR] [--keep-data]
              --articles     enriched events to store (default 100000)
              --rate         GET /articles requests per second, open loop (default 50)
              --seconds      measured seconds per query class (default 60)
              --warmup       seconds of mixed queries before measuring (default 20)
              --seed         seed of the generated articles (default 42)
              --service-jar  store-service/target/quarkus-app/quarkus-run.jar
              --out          where results.md, query-plans.txt and store-service.log go (default benchmarks/store-benchmark/target)
              --keep-data    keep the broker and database folder instead of deleting it""";

    /** store-service as `mvn package` leaves it, relative to the repository root. */
    static final Path DEFAULT_SERVICE_JAR = Path.of("store-service/target/quarkus-app/quarkus-run.jar");

    static BenchOptions parse(String[] args) {
        int articles = 100_000;
        int rate = 50;
        int seconds = 60;
        int warmup = 20;
        long seed = 42;
        Path jar = DEFAULT_SERVICE_JAR;
        Path out = Path.of("benchmarks/store-benchmark/target");
        boolean keep = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--articles" -> articles = Integer.parseInt(args[++i]);
                case "--rate" -> rate = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--service-jar" -> jar = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--keep-data" -> keep = true;
                default -> throw new IllegalArgumentException("Unknown flag " + args[i] + "\n" + USAGE);
            }
        }
        if (articles < 1 || rate < 1 || seconds < 1 || warmup < 0) {
            throw new IllegalArgumentException("--articles, --rate and --seconds must be positive\n" + USAGE);
        }
        return new BenchOptions(articles, rate, seconds, warmup, seed, jar, out, keep);
    }
}
