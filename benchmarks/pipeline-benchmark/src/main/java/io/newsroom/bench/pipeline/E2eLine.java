package io.newsroom.bench.pipeline;

import java.util.Locale;

/**
 * The run's one-line summary that issue 16 asks for, last line of the output, for scripts and for comparing runs:
 * {@code E2E articles_per_s=<n> ceiling_per_s=<n> ratio=<e2e/ceiling> slowest_stage=<name> stage_per_s=<n>
 * p99_ms_at_100=<n> p99_ms_at_200=<n>}. A figure that was not measured (a rate left out by --rates) is {@code n/a}.
 */
public final class E2eLine {

    private E2eLine() {
    }

    public static String format(double articlesPerSecond, double ceilingPerSecond, String slowestStage,
                                double stagePerSecond, double p99MsAt100, double p99MsAt200) {
        return "E2E articles_per_s=" + number(articlesPerSecond, 1)
                + " ceiling_per_s=" + number(ceilingPerSecond, 1)
                + " ratio=" + number(articlesPerSecond / ceilingPerSecond, 2)
                + " slowest_stage=" + slowestStage
                + " stage_per_s=" + number(stagePerSecond, 1)
                + " p99_ms_at_100=" + number(p99MsAt100, 0)
                + " p99_ms_at_200=" + number(p99MsAt200, 0);
    }

    static String number(double value, int decimals) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + decimals + "f", value) : "n/a";
    }
}
