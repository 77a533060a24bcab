package io.newsroom.bench.store;

import io.newsroom.bench.store.SoakObservations.GroupTally;
import io.newsroom.bench.store.SoakObservations.ProbeTally;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The soak's checks and its summary as Markdown. A check fails on an unhealthy probe after the service was first
 * ready, a consumer lost after both groups were stable, an article not stored or not enriched, a dead letter, a
 * service that exited, or a backlog not drained within the time limit. Duplicates on the enriched topic are reported
 * but allowed: delivery is at least once, and the store's upsert absorbs them.
 */
final class SoakReport {

    record Machine(int cpus, String java, String loadAtStart, String loadAtServicesStart, String loadAtEnd) {
    }

    /** What the run produced and found, beside the per-second observations. */
    record Run(SoakOptions options, EventProducer.Produced produced, Machine machine, double producedAgeSeconds,
               long finalRows, TopicAudit.Result audit, List<String> exited, boolean timedOut) {
    }

    private SoakReport() {
    }

    static List<String> failures(Run run, SoakObservations seen) {
        List<String> failures = new ArrayList<>();
        int n = run.options().articles();
        seen.probes().forEach((probe, t) -> {
            if (t.failures > 0) {
                failures.add("%s: %d of %d samples not 200 after first ready".formatted(probe, t.failures, t.samples));
            }
        });
        if (seen.bothStableAt() == null) {
            failures.add("the consumer groups were never both stable");
        }
        seen.groups().forEach((group, t) -> {
            if (t.lostMember()) {
                failures.add("%s lost a member: %d at first stable, then %d-%d members, %d distinct member ids"
                        .formatted(group, t.membersAtStable, t.minMembers, t.maxMembers, t.memberIds.size()));
            }
        });
        if (run.finalRows() != n) {
            failures.add("%,d rows stored of %,d".formatted(run.finalRows(), n));
        }
        if (run.audit() != null && run.audit().missing() > 0) {
            failures.add("%,d articles never reached the enriched topic".formatted(run.audit().missing()));
        }
        if (run.audit() != null && run.audit().enrichDeadLetters() + run.audit().storeDeadLetters() > 0) {
            failures.add("dead letters: %d from enrich-service, %d from store-service"
                    .formatted(run.audit().enrichDeadLetters(), run.audit().storeDeadLetters()));
        }
        failures.addAll(run.exited());
        if (run.timedOut()) {
            failures.add("not drained within " + run.options().timeoutSeconds() + " s");
        }
        return failures;
    }

    static String render(Run run, SoakObservations seen, List<String> failures) {
        SoakOptions o = run.options();
        StringBuilder md = new StringBuilder();
        md.append("# Backlog soak, ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append("\n\n");
        md.append("N = %,d raw articles (%.1f KB per event on average) waiting %.0f s before enrich-service and store-service started; "
                .formatted(o.articles(), run.produced().bytes() / 1024.0 / run.produced().records(), run.producedAgeSeconds()));
        md.append("%d CPUs, Java %s; load average at start %s, when the services started %s, at the end %s (during the run: mean %.1f, max %.1f).%n%n"
                .formatted(run.machine().cpus(), run.machine().java(), run.machine().loadAtStart(),
                        run.machine().loadAtServicesStart(), run.machine().loadAtEnd(), seen.meanLoad(), seen.maxLoad()));

        md.append("| measure | value |\n|---|---:|\n");
        row(md, "producing the backlog beforehand", "%,.0f events/s, %.0f MB".formatted(
                run.produced().records() / run.produced().seconds(), run.produced().bytes() / 1e6));
        row(md, "ready (process start → first 200 on /q/health/ready): enrich / store",
                "%s / %s".formatted(seconds(seen.firstReady("enrich-service")), seconds(seen.firstReady("store-service"))));
        row(md, "both consumer groups first settled (stable, 2 members each, all 12 partitions assigned)", seconds(seen.bothStableAt()));
        row(md, "**time to drain** (services started → %,d rows)".formatted(o.articles()), "**" + seconds(seen.storedAllAt()) + "**");
        row(md, "enrich: ready → %,d records on the enriched topic".formatted(o.articles()),
                rate(o.articles(), seen.firstReady("enrich-service"), seen.enrichedAllAt()));
        row(md, "store: ready → %,d rows (bounded by enrichment: it stores what arrives)".formatted(o.articles()),
                rate(o.articles(), seen.firstReady("store-service"), seen.storedAllAt()));
        row(md, "largest gap enriched − stored (store behind enrich)", "%,d".formatted(seen.maxStoreLag()));
        row(md, "rows stored at the end", "%,d".formatted(run.finalRows()));
        if (run.audit() != null) {
            TopicAudit.Result a = run.audit();
            row(md, "enriched topic: records / distinct articles", "%,d / %,d".formatted(a.enrichedRecords(), a.distinctKeys()));
            row(md, "enriched topic: articles with more than one record (extra copies)",
                    "%,d (%,d)".formatted(a.duplicatedKeys(), a.extraCopies()));
            row(md, "produced articles missing from the enriched topic", "%,d".formatted(a.missing()));
            row(md, "dead letters: enrich-service / store-service", "%d / %d".formatted(a.enrichDeadLetters(), a.storeDeadLetters()));
        }
        row(md, "samples (one a second, each: 4 probes, 2 groups, offsets, count)", "%,d".formatted(seen.samples()));
        row(md, "slowest `count(*)` of the article table", "%.2f s".formatted(seen.maxCountSeconds()));

        md.append("\n## Health probes (from each service's first ready answer)\n\n");
        md.append("| service probe | samples | not 200 | slower than 1 s | slowest |\n|---|---:|---:|---:|---:|\n");
        for (Map.Entry<String, ProbeTally> e : seen.probes().entrySet()) {
            ProbeTally t = e.getValue();
            md.append("| %s | %,d | %s | %d | %.2f s |%n".formatted(e.getKey(), t.samples,
                    t.failures == 0 ? "0" : "**" + t.failures + "**", t.slow, t.maxSeconds));
        }
        seen.probes().forEach((probe, t) -> t.firstFailures.forEach(f -> md.append("- ").append(probe).append(' ').append(f).append('\n')));

        md.append("\n## Consumer groups (from both first stable)\n\n");
        md.append("| group | members at stable | min | max | distinct member ids | samples not stable |\n|---|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<String, GroupTally> e : seen.groups().entrySet()) {
            GroupTally t = e.getValue();
            md.append("| %s | %d | %d | %d | %d | %d |%n".formatted(e.getKey(), t.membersAtStable, t.minMembers,
                    t.maxMembers, t.memberIds.size(), t.unstableSamples));
        }
        if (run.audit() != null && !run.audit().deadLetterReasons().isEmpty()) {
            md.append("\nFirst dead letters:\n\n");
            run.audit().deadLetterReasons().forEach(r -> md.append("- ").append(r).append('\n'));
        }
        md.append("\n## Checks\n\n");
        if (failures.isEmpty()) {
            md.append("All passed: no unhealthy sample, no consumer lost, all %,d articles enriched and stored, no dead letter.%n"
                    .formatted(o.articles()));
        } else {
            failures.forEach(f -> md.append("- **failed**: ").append(f).append('\n'));
        }
        return md.toString();
    }

    private static void row(StringBuilder md, String measure, String value) {
        md.append("| ").append(measure).append(" | ").append(value).append(" |\n");
    }

    private static String seconds(Double s) {
        return s == null ? "never" : "%.0f s".formatted(s);
    }

    private static String rate(int articles, Double from, Double to) {
        if (from == null || to == null || to <= from) {
            return "–";
        }
        return "%,.0f articles/s (%.0f s)".formatted(articles / (to - from), to - from);
    }
}
