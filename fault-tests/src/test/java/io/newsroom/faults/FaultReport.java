package io.newsroom.faults;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Prints a run's outcome: exactly one {@code FAULTS accepted=… faults=k} line (what the lead's tools grep for),
 * then one line of recovery figures per fault and one line of client and drain figures.
 */
final class FaultReport {

    private FaultReport() {
    }

    static String summaryLine(FaultSuite.Outcome outcome) {
        Audit.Result a = outcome.audit();
        return "FAULTS accepted=%d stored=%d lost=%d duplicate_rows=%d duplicate_enriched=%d dead_lettered=%d faults=%d"
                .formatted(a.accepted(), a.stored(), a.lost(), a.duplicateRows(), a.duplicateEnriched(),
                        a.deadLettered(), outcome.injections().size());
    }

    static void print(FaultSuite.Outcome outcome, PrintStream out) {
        out.println(summaryLine(outcome));
        List<FaultSuite.Injection> injections = outcome.injections();
        for (int i = 0; i < injections.size(); i++) {
            FaultSuite.Injection injection = injections.get(i);
            long from = injection.startedAt();
            long to = i + 1 < injections.size() ? injections.get(i + 1).startedAt() : outcome.loadStoppedAt();
            out.println(faultLine(i + 1, injection, from, to, outcome));
        }
        Audit.Result a = outcome.audit();
        out.printf(Locale.ROOT, "FAULTS run: load=%ds at %.0f/s, client_failed_attempts=%d refused=%d abandoned=%d, "
                        + "drained=%s in %.1fs after the load stopped, extra_versions=%d duplicate_raw=%d%s%s%n",
                (outcome.loadStoppedAt() - outcome.loadStartedAt()) / 1000, outcome.settings().articlesPerSecond(),
                outcome.client().failedAttempts(), outcome.client().refused(), outcome.client().abandoned(),
                outcome.drained(), (outcome.drainedAt() - outcome.loadStoppedAt()) / 1000.0, a.extraVersions(),
                a.duplicateRaw(), a.lostSample().isEmpty() ? "" : ", first lost ids " + a.lostSample(),
                a.duplicateEnrichedSample().isEmpty() ? "" : ", first duplicated " + a.duplicateEnrichedSample());
    }

    private static String faultLine(int number, FaultSuite.Injection injection, long from, long to,
                                    FaultSuite.Outcome outcome) {
        long errorSeconds = outcome.client().errorSeconds().stream().filter(s -> s * 1000 >= from && s * 1000 < to).count();
        long caughtUpAt = outcome.progress().firstTimeStoredAtLeast(from, injection.acceptedAtStart());
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "FAULT %d %s: client_error_s=%d all_ready_after_s=%.1f stalled_s=%.1f caught_up_s=%s",
                number, injection.fault().description, errorSeconds,
                (injection.allReadyAt() - from) / 1000.0,
                outcome.progress().longestStallSeconds(from, to, injection.fault().progress),
                caughtUpAt < 0 ? "never" : String.format(Locale.ROOT, "%.1f", (caughtUpAt - from) / 1000.0)));
        for (String service : List.of("ingest-service", "enrich-service", "store-service")) {
            line.append(String.format(Locale.ROOT, " %s_not_live_s=%.1f %s_not_ready_s=%.1f",
                    service.replace("-service", ""), outcome.health().downSeconds(service, from, to, false),
                    service.replace("-service", ""), outcome.health().downSeconds(service, from, to, true)));
        }
        if (!injection.restartedBySuite().isEmpty()) {
            line.append(" restarted_by_suite=").append(String.join(",", injection.restartedBySuite()));
        }
        return line.toString();
    }
}
