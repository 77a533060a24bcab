package io.newsroom.bench.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

/** The run's numbers as Markdown, with each target of the issue marked met or missed. */
final class ResultsTable {

    static final double TARGET_RATE = 2_000;
    static final double TARGET_RATIO = 0.70;
    static final double TARGET_P99_MS = 50;

    record Machine(String loadBefore, String loadAfter, int cpus, String java) {
    }

    private ResultsTable() {
    }

    static String render(BenchOptions options, Machine machine, EventProducer.Produced produced,
                         IngestMeasurement.Result ingest, JdbcBaseline.Result jdbc, List<OpenLoopLoad.Stats> queries) {
        StringBuilder md = new StringBuilder();
        md.append("# store-service benchmark, ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append("\n\n");
        md.append("N = %,d articles (%.1f KB per event on average), %d CPUs, Java %s, load average before %s, after %s.%n%n"
                .formatted(options.articles(), produced.bytes() / 1024.0 / produced.records(), machine.cpus(),
                        machine.java(), machine.loadBefore(), machine.loadAfter()));

        double ratio = ingest.rateFromReady() / jdbc.rate();
        md.append("## Storing\n\n| measure | value | target | met |\n|---|---:|---:|---|\n");
        md.append("| store-service, ready → %,d stored | **%,.0f articles/s** | ≥ %,.0f/s | %s |%n"
                .formatted(options.articles(), ingest.rateFromReady(), TARGET_RATE, met(ingest.rateFromReady() >= TARGET_RATE)));
        md.append("| store-service, first → last row (steady state) | %,.0f articles/s | | |%n".formatted(ingest.steadyRate()));
        md.append("| plain JDBC batches of 500, same rows, same server | %,.0f articles/s | | |%n".formatted(jdbc.rate()));
        md.append("| store-service / JDBC | **%.0f %%** | ≥ %.0f %% | %s |%n"
                .formatted(100 * ratio, 100 * TARGET_RATIO, met(ratio >= TARGET_RATIO)));
        md.append("| time to ready (process start → /q/health/ready 200) | %.1f s | | |%n".formatted(ingest.readySeconds()));
        md.append("| time to the first stored row / to all rows | %.1f s / %.1f s | | |%n"
                .formatted(ingest.firstRowSeconds(), ingest.doneSeconds()));
        md.append("| producing the events beforehand (not part of the store figure) | %,.0f events/s, %.0f MB | | |%n%n"
                .formatted(produced.records() / produced.seconds(), produced.bytes() / 1e6));
        md.append("Store rate within each tenth of the articles (articles/s): ")
                .append(ingest.decileRates().stream().map(r -> r.isNaN() ? "–" : "%,.0f".formatted(r))
                        .collect(Collectors.joining(" · "))).append("\n\n");

        md.append("## GET /articles, open loop at %d requests/s, %d s per class%n%n".formatted(options.rate(), options.seconds()));
        md.append("Latency from each request's scheduled send time, milliseconds; target p99 < %.0f ms.%n%n".formatted(TARGET_P99_MS));
        md.append("| group | class | requests | errors | mean hits | p50 | p95 | p99 | max | p99 met |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (OpenLoopLoad.Stats s : queries) {
            md.append("| %s | %s | %,d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %s |%n".formatted(
                    s.queryClass().group(), s.queryClass().name(), s.micros().getTotalCount(), s.errors(), s.meanHits(),
                    s.ms(50), s.ms(95), s.ms(99), s.maxMs(), met(s.ms(99) < TARGET_P99_MS)));
        }
        md.append("\nExample query string per class:\n\n");
        for (OpenLoopLoad.Stats s : queries) {
            md.append("- ").append(s.queryClass().name()).append(": `/articles?").append(s.example()).append("`\n");
        }
        return md.toString();
    }

    private static String met(boolean met) {
        return met ? "yes" : "**no**";
    }
}
