package io.newsroom.bench.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** results.md of a run, the targets checked against it, and the closing {@link E2eLine}. */
final class PipelineReport {

    /** Everything one run measured. */
    record Run(PipelineOptions options, int cores, String loadAtStart, String loadAtEnd, List<StageResult> stages,
               StageResult pipeline, List<LatencyRun.Result> rates, List<String> broken) {

        double ceiling() {
            return Ceiling.articlesPerSecond(cores, stages);
        }

        double p99At(int rate) {
            return rates.stream().filter(r -> r.rate() == rate).mapToDouble(r -> r.queryableMs().p99()).findFirst().orElse(Double.NaN);
        }
    }

    private PipelineReport() {
    }

    static String e2eLine(Run run) {
        StageResult slowest = Ceiling.slowest(run.stages());
        return E2eLine.format(run.pipeline().articlesPerSecond(), run.ceiling(), slowest.name().replace(' ', '-'),
                slowest.articlesPerSecond(), run.p99At(100), run.p99At(200));
    }

    /** Each target of issue 16 with its outcome, e.g. "end to end >= 0.8 x ceiling: 0.62 — missed". */
    static List<String> targets(Run run) {
        List<String> lines = new ArrayList<>();
        double ratio = run.pipeline().articlesPerSecond() / run.ceiling();
        lines.add(target("end to end >= 0.8 x ceiling", E2eLine.number(ratio, 2), ratio >= 0.8));
        lines.add(target("p99 ingest -> queryable < 1 s at 100/s", ms(run.p99At(100)), run.p99At(100) < 1000));
        lines.add(target("p99 ingest -> queryable < 2 s at 200/s", ms(run.p99At(200)), run.p99At(200) < 2000));
        double lag = run.rates().stream().mapToDouble(r -> r.sseLagMs().max()).max().orElse(Double.NaN);
        lines.add(target("SSE subscriber never more than 2 s behind the store (max lag, all rates)", ms(lag), lag <= 2000));
        return lines;
    }

    static String render(Run run) {
        StringBuilder md = new StringBuilder("# Pipeline benchmark (issue 16)\n\n");
        PipelineOptions o = run.options();
        md.append(String.format(Locale.ROOT, "%d cores, Java %s; load average at start %s, at end %s.%n"
                        + "%,d measured articles per stage and for the whole pipeline after %,d warm-up articles; batches of %d, %d in flight; "
                        + "rates %s/s for %d s each; seed %d.%n%n",
                run.cores(), System.getProperty("java.version"), run.loadAtStart(), run.loadAtEnd(), o.articles(), o.warmup(),
                o.batchSize(), o.concurrency(), o.rates(), o.secondsPerRate(), o.seed()));
        if (!run.broken().isEmpty()) {
            md.append("**BROKEN RUN**: ").append(String.join("; ", run.broken())).append("\n\n");
        }
        md.append("## Each stage alone, and the whole pipeline\n\n");
        Set<String> processes = new LinkedHashSet<>();
        run.stages().forEach(s -> processes.addAll(s.cpuPerArticle().keySet()));
        processes.addAll(run.pipeline().cpuPerArticle().keySet());
        md.append("| phase | articles | seconds | articles/s |");
        processes.forEach(p -> md.append(' ').append(p).append(" CPU ms/article |"));
        md.append(" all processes CPU ms/article | cores used | benchmark JVM CPU ms/article |\n|---|---|---|---|");
        processes.forEach(p -> md.append("---|"));
        md.append("---|---|---|\n");
        List<StageResult> rows = new ArrayList<>(run.stages());
        rows.add(run.pipeline());
        for (StageResult s : rows) {
            md.append(String.format(Locale.ROOT, "| %s | %,d | %.1f | %.1f |", s.name(), s.articles(), s.seconds(), s.articlesPerSecond()));
            processes.forEach(p -> md.append(' ').append(cpuMs(s.cpuPerArticle().get(p))).append(" |"));
            md.append(' ').append(cpuMs(s.totalCpuPerArticle())).append(" | ").append(E2eLine.number(s.coresUsed(), 2))
                    .append(" | ").append(cpuMs(s.generatorCpuPerArticle())).append(" |\n");
        }
        md.append(String.format(Locale.ROOT, "%nCeiling: %d cores / %.2f CPU ms per article (all processes, summed over the three stages) "
                        + "= **%.1f articles/s**. Whole pipeline: **%.1f articles/s** = %.2f x the ceiling, at %.2f CPU ms per article, "
                        + "keeping %.2f of the %d cores busy (the rest went to the benchmark JVM, %.2f cores, and to whatever else "
                        + "the machine ran). Slowest stage alone: %s, %.1f articles/s.%n%n",
                run.cores(), Ceiling.cpuPerArticle(run.stages()) * 1000, run.ceiling(), run.pipeline().articlesPerSecond(),
                run.pipeline().articlesPerSecond() / run.ceiling(), run.pipeline().totalCpuPerArticle() * 1000,
                run.pipeline().coresUsed(), run.cores(),
                run.pipeline().generatorCpuPerArticle() * run.pipeline().articles() / run.pipeline().seconds(),
                Ceiling.slowest(run.stages()).name(),
                Ceiling.slowest(run.stages()).articlesPerSecond()));
        md.append("## Latency at fixed open-loop rates\n\n"
                + "From each article's due send time (single POST /articles) to: queryable (first 50 ms poll of the store's "
                + "change feed that shows it), its SSE event at a subscriber; SSE lag = event arrival minus queryable; ingested_at / "
                + "enriched_at / stored_at = the row's time of each stage (ingest accepting it, enrich tagging it, the store's "
                + "write transaction beginning), all on this machine's one clock. All in ms.\n\n"
                + "| rate/s | sent | achieved/s | not 202 | never queryable | no SSE event | queryable p50 / p95 / p99 / max | "
                + "SSE p50 / p95 / p99 / max | SSE lag p50 / p99 / max | ingested_at p50 / p99 | enriched_at p50 / p99 | stored_at p50 / p99 | GET checks ok / failed | all processes CPU ms/article |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (LatencyRun.Result r : run.rates()) {
            md.append(String.format(Locale.ROOT, "| %d | %,d | %.1f | %d | %d | %d | %s | %s | %s / %s / %s | %s / %s | %s / %s | %s / %s | %d / %d | %s |%n",
                    r.rate(), r.sent(), r.achievedRate(), r.notAccepted(), r.missingQueryable(), r.missingSse(),
                    four(r.queryableMs()), four(r.sseMs()), ms(r.sseLagMs().p50()), ms(r.sseLagMs().p99()), ms(r.sseLagMs().max()),
                    ms(r.ingestedAtMs().p50()), ms(r.ingestedAtMs().p99()), ms(r.enrichedAtMs().p50()), ms(r.enrichedAtMs().p99()),
                    ms(r.storedAtMs().p50()), ms(r.storedAtMs().p99()), r.getOk(), r.getFailed(), cpuMs(r.cpu().totalCpuPerArticle())));
        }
        if (!run.rates().isEmpty()) {
            // Single POSTs at a fixed rate cost more per article than batches at full speed: where that CPU goes.
            rateTable(md, "CPU ms per article at each rate, by process:", run.rates(), processes, StageResult::cpuPerArticle, true);
            // Compilation is start-up cost that a long-running service no longer pays: how much of the above it was.
            rateTable(md, "Of that, JIT compilation (the JVMs' C1/C2 compiler threads; at least this much), CPU ms per article:",
                    run.rates(), processes, StageResult::jitPerArticle, false);
        }
        md.append("\n## Targets\n\n");
        targets(run).forEach(t -> md.append("- ").append(t).append('\n'));
        md.append("\n```\n").append(e2eLine(run)).append("\n```\n");
        return md.toString();
    }

    /** One row per rate, one column per process (and the benchmark JVM when asked), in CPU ms per article. */
    private static void rateTable(StringBuilder md, String title, List<LatencyRun.Result> rates, Collection<String> processes,
                                  Function<StageResult, Map<String, Double>> column, boolean generator) {
        md.append('\n').append(title).append("\n\n| rate/s |");
        processes.forEach(p -> md.append(' ').append(p).append(" |"));
        md.append(generator ? " benchmark JVM |\n|---|" : "\n|---|");
        processes.forEach(p -> md.append("---|"));
        md.append(generator ? "---|\n" : "\n");
        for (LatencyRun.Result r : rates) {
            md.append("| ").append(r.rate()).append(" |");
            processes.forEach(p -> md.append(' ').append(cpuMs(column.apply(r.cpu()).get(p))).append(" |"));
            md.append(generator ? " " + cpuMs(r.cpu().generatorCpuPerArticle()) + " |\n" : "\n");
        }
    }

    private static String target(String what, String value, boolean met) {
        return what + ": " + (value.equals("n/a") ? "not measured (rate not run)" : value + " — " + (met ? "met" : "missed"));
    }

    private static String four(Percentiles p) {
        return ms(p.p50()) + " / " + ms(p.p95()) + " / " + ms(p.p99()) + " / " + ms(p.max());
    }

    private static String ms(double value) {
        return E2eLine.number(value, 0);
    }

    private static String cpuMs(Double secondsPerArticle) {
        return secondsPerArticle == null ? "-" : E2eLine.number(secondsPerArticle * 1000, 2);
    }
}
