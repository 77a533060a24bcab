package io.newsroom.bench.store;

import io.newsroom.infra.Postgres;
import io.newsroom.infra.TempDirectories;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What the database alone costs per stored article, and which part of the schema costs it: the JDBC baseline of
 * {@link StoreBenchmark} on a fresh durable server, after store-service's migrations plus any extra SQL given
 * (e.g. {@code "ALTER TABLE article DROP COLUMN search_vector"}), then timed read-only queries given as
 * {@code "Q:SELECT …"} over the stored rows. No Kafka, no store-service.
 * <p>
 * Usage: {@code SchemaExperiment N [--connections C] [SQL | Q:SQL]...}
 */
public final class SchemaExperiment {

    private SchemaExperiment() {
    }

    public static void main(String[] args) throws Exception {
        int articles = Integer.parseInt(args[0]);
        int connections = 1;
        List<String> extraSql = new ArrayList<>();
        List<String> queries = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--connections")) {
                connections = Integer.parseInt(args[++i]);
            } else if (args[i].startsWith("Q:")) {
                queries.add(args[i].substring(2));
            } else {
                extraSql.add(args[i]);
            }
        }
        ServiceArtifacts service = new ServiceArtifacts(BenchOptions.DEFAULT_SERVICE_JAR);
        ArticleGenerator generator = new ArticleGenerator(42, articles, service.taxonomy());
        Path data = Files.createTempDirectory("schema-experiment");
        try (Postgres postgres = Postgres.start(data.resolve("postgres"), 0, true)) {
            List<String> migrations = new ArrayList<>(service.migrations());
            migrations.addAll(extraSql);
            JdbcBaseline baseline = new JdbcBaseline(postgres.jdbcUrl(), Postgres.USER, Postgres.PASSWORD);
            baseline.createDatabase(migrations);
            double seconds = insert(baseline, generator, connections);
            System.out.printf("%,d articles over %d connection(s) in %.1f s: %,.0f articles/s%n",
                    articles, connections, seconds, articles / seconds);
            try (Connection c = DriverManager.getConnection(baseline.databaseUrl(), Postgres.USER, Postgres.PASSWORD);
                 Statement s = c.createStatement()) {
                for (String query : queries) {
                    long start = System.nanoTime();
                    try (ResultSet rs = s.executeQuery(query)) {
                        rs.next();
                        System.out.printf("%,8.0f ms  %s  -> %s%n", (System.nanoTime() - start) / 1e6, query, rs.getString(1));
                    }
                }
            }
        } finally {
            TempDirectories.deleteRecursively(data);
        }
    }

    /** Wall-clock seconds; with several connections each writes every C-th batch of 500. */
    private static double insert(JdbcBaseline baseline, ArticleGenerator generator, int connections) throws Exception {
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        try {
            List<Future<JdbcBaseline.Result>> writers = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                int first = i;
                writers.add(pool.submit(() -> baseline.insertEvery(generator, first, connections)));
            }
            for (Future<JdbcBaseline.Result> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdown();
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
