package io.newsroom.bench.store;

import java.nio.file.Path;

/** Command-line flags of {@link BacklogSoak}; every one has a default so the bare command runs the full soak. */
record SoakOptions(int articles, int ageSeconds, int timeoutSeconds, long seed, Path enrichJar,
                   Path storeJar, Path outDir, boolean keepData) {

    static final String USAGE = """
            BacklogSoak [--articles N] [--age S] [--timeout S] [--seed X] [--enrich-jar PATH]
                        [--store-jar PATH] [--out DIR] [--keep-data]
              --articles    raw events waiting before the services start (default 100000)
              --age         seconds to wait after producing, before the services start (default 0)
              --timeout     seconds the services get to store all N (default max(600, N / 50))
              --seed        seed of the generated articles (default 42)
              --enrich-jar  enrich-service/target/quarkus-app/quarkus-run.jar
              --store-jar   store-service/target/quarkus-app/quarkus-run.jar
              --out         run folder: results, samples and both services' logs (default benchmarks/store-benchmark/target/backlog-soak)
              --keep-data   keep the broker and database folder instead of deleting it""";

    static SoakOptions parse(String[] args) {
        int articles = 100_000;
        int age = 0;
        Integer timeout = null;
        long seed = 42;
        Path enrich = Path.of("enrich-service/target/quarkus-app/quarkus-run.jar");
        Path store = BenchOptions.DEFAULT_SERVICE_JAR;
        Path out = Path.of("benchmarks/store-benchmark/target/backlog-soak");
        boolean keep = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--articles" -> articles = Integer.parseInt(value(args, ++i));
                case "--age" -> age = Integer.parseInt(value(args, ++i));
                case "--timeout" -> timeout = Integer.parseInt(value(args, ++i));
                case "--seed" -> seed = Long.parseLong(value(args, ++i));
                case "--enrich-jar" -> enrich = Path.of(value(args, ++i));
                case "--store-jar" -> store = Path.of(value(args, ++i));
                case "--out" -> out = Path.of(value(args, ++i));
                case "--keep-data" -> keep = true;
                default -> throw new IllegalArgumentException("Unknown flag " + args[i] + "\n" + USAGE);
            }
        }
        if (articles < 1 || age < 0 || (timeout != null && timeout < 1)) {
            throw new IllegalArgumentException("--articles and --timeout must be positive, --age not negative\n" + USAGE);
        }
        int limit = timeout != null ? timeout : Math.max(600, articles / 50);
        return new SoakOptions(articles, age, limit, seed, enrich, store, out, keep);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value\n" + USAGE);
        }
        return args[i];
    }
}
