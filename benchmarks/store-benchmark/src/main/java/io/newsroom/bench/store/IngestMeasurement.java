package io.newsroom.bench.store;

import io.newsroom.bench.support.ServiceProcess;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Starts store-service on a topic that already holds all N events and watches its article table every 250 ms
 * until {@code count(*)} reaches N. Readiness is polled on its own thread, so the time to ready and the time to the
 * last row are measured independently.
 * <p>
 * Each poll reads {@code max(seq)} of {@code article_change} (one index probe: every stored article takes the next number) and
 * only when that reaches N the exact {@code count(*)}: a count every 250 ms would scan a table growing to hundreds
 * of megabytes and take CPU from the service being measured on this 2-core machine.
 */
final class IngestMeasurement {

    /** One poll: seconds since the process was started, articles stored. */
    record Sample(double seconds, long stored) {
    }

    record Result(int articles, double readySeconds, double firstRowSeconds, double doneSeconds, List<Sample> samples) {

        /** Articles/s from ready to the last row: the primary figure. */
        double rateFromReady() {
            return articles / (doneSeconds - Math.min(readySeconds, firstRowSeconds));
        }

        /** Articles/s from the first to the last stored row: excludes start-up entirely. */
        double steadyRate() {
            long firstCount = samples.stream().filter(s -> s.stored() > 0).findFirst().map(Sample::stored).orElse(0L);
            return (articles - firstCount) / (doneSeconds - firstRowSeconds);
        }

        /** Rate within each tenth of the articles: shows whether storing slows down as the tables grow. */
        List<Double> decileRates() {
            List<Double> rates = new ArrayList<>();
            double previousTime = firstRowSeconds;
            long previousCount = samples.stream().filter(s -> s.stored() > 0).findFirst().map(Sample::stored).orElse(0L);
            for (int d = 1; d <= 10; d++) {
                long target = (long) articles * d / 10;
                if (target <= previousCount) {
                    rates.add(Double.NaN);
                    continue;
                }
                for (Sample s : samples) {
                    if (s.stored() >= target) {
                        rates.add((s.stored() - previousCount) / Math.max(s.seconds() - previousTime, 1e-3));
                        previousTime = s.seconds();
                        previousCount = s.stored();
                        break;
                    }
                }
            }
            return rates;
        }
    }

    private final String jdbcUrl;
    private final String user;
    private final String password;

    IngestMeasurement(String jdbcUrl, String user, String password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    /** @param startService starts the service process; called once, timing starts just before */
    Result measure(int articles, Supplier<ServiceProcess> startService, Duration timeout) throws Exception {
        long t0 = System.nanoTime();
        ServiceProcess service = startService.get();
        CompletableFuture<Double> ready = CompletableFuture.supplyAsync(() -> {
            try {
                service.awaitReady(Duration.ofMinutes(3), Duration.ofMillis(100));
                return seconds(t0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
        List<Sample> samples = new ArrayList<>();
        double firstRow = Double.NaN;
        long deadline = t0 + timeout.toNanos();
        while (true) {
            service.checkAlive();
            long stored = storedEstimate();
            if (stored >= articles) {
                stored = count();
            }
            double now = seconds(t0);
            samples.add(new Sample(now, stored));
            if (stored > 0 && Double.isNaN(firstRow)) {
                firstRow = now;
            }
            if (samples.size() % 20 == 0) { // every 5 s
                System.out.printf("  %.1f s: %,d stored%n", now, stored);
            }
            if (stored >= articles) {
                return new Result(articles, ready.get(), firstRow, now, samples);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Only " + stored + " of " + articles + " stored after " + timeout);
            }
            Thread.sleep(250);
        }
    }

    /** Committed inserts, from the change sequence; can only overshoot the row count (a rolled-back batch leaves a gap). */
    private long storedEstimate() {
        return query("SELECT coalesce(max(seq), 0) FROM article_change");
    }

    private long count() {
        return query("SELECT count(*) FROM article");
    }

    /** 0 while Flyway has not created the table yet or the database refuses connections. */
    private long query(String sql) {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return 0;
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
