package io.newsroom.bench.pipeline;

import io.newsroom.bench.store.LoadAverage;

import java.io.BufferedWriter;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one phase and measures its steady window: every 250 ms it reads the phase's progress (articles through) and
 * the CPU of every process, and writes both to samples.csv. The window opens at the first reading at or past
 * {@code warmMark} (articles before it warm up the JVMs: start-up and JIT compilation are not the steady cost) and
 * closes at the first reading at or past {@code target}.
 */
final class WindowSampler {

    /** Articles through so far; -1 when it cannot be told yet. */
    @FunctionalInterface
    interface Progress {
        long get() throws Exception;
    }

    /** Work started with the phase (e.g. posting the articles), on its own thread. */
    @FunctionalInterface
    interface Action {
        void run() throws Exception;
    }

    static final String CSV_HEADER = "phase,seconds,progress,load1,process,cpu_seconds";
    private static final long PERIOD_NANOS = 250_000_000L;

    private final BufferedWriter csv;

    WindowSampler(BufferedWriter csv) throws IOException {
        this.csv = csv;
        csv.write(CSV_HEADER);
        csv.newLine();
    }

    StageResult measure(String phase, CpuMeter meter, Progress progress, long warmMark, long target, Duration timeout,
                        Action action) throws Exception {
        AtomicReference<Exception> failure = new AtomicReference<>();
        CpuMeter.Reading first = meter.read();
        long t0 = first.nanoTime();
        long firstCount = progress.get();
        Thread worker = new Thread(() -> {
            try {
                action.run();
            } catch (Exception e) {
                failure.set(e);
            }
        }, phase + "-load");
        worker.start();
        CpuMeter.Reading start = firstCount >= warmMark ? first : null;
        long startCount = firstCount;
        CpuMeter.Reading last = first;
        long lastCount = firstCount;
        long deadline = t0 + timeout.toNanos();
        for (long next = t0 + PERIOD_NANOS; lastCount < target && System.nanoTime() < deadline; next += PERIOD_NANOS) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            lastCount = progress.get();
            last = meter.read();
            write(phase, (last.nanoTime() - t0) / 1e9, lastCount, last);
            if (start == null && lastCount >= warmMark) {
                start = last;
                startCount = lastCount;
            }
            if (failure.get() != null) {
                break;
            }
        }
        worker.join(Duration.ofSeconds(120).toMillis());
        csv.flush();
        if (failure.get() != null) {
            throw new IllegalStateException(phase + " failed", failure.get());
        }
        if (start == null) {
            return CpuMeter.window(phase, last, last, 0, false);
        }
        return CpuMeter.window(phase, start, last, lastCount - startCount, lastCount >= target);
    }

    private void write(String phase, double seconds, long count, CpuMeter.Reading reading) throws IOException {
        String prefix = String.format(Locale.ROOT, "%s,%.2f,%d,%.2f,", phase, seconds, count, LoadAverage.oneMinute());
        for (var e : reading.processes().entrySet()) {
            csv.write(prefix + e.getKey() + String.format(Locale.ROOT, ",%.3f", e.getValue() / 1e9));
            csv.newLine();
        }
        csv.write(prefix + "benchmark-jvm" + String.format(Locale.ROOT, ",%.3f", reading.generator() / 1e9));
        csv.newLine();
    }
}
