package io.newsroom.bench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's load average from /proc/loadavg: every result is reported with what else the 2 cores were doing. */
public final class LoadAverage {

    private LoadAverage() {
    }

    /** "1-minute 5-minute 15-minute", or "unknown" off Linux. */
    public static String now() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The 1-minute figure, or NaN when unknown. */
    public static double oneMinute() {
        try {
            return Double.parseDouble(now().split(" ")[0]);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
