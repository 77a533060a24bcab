package io.newsroom.bench.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The processes of one phase by name (ingest-service, kafka, postgres…), read together: a {@link Reading} at the start
 * and one at the end of a window give each process's CPU per article in it. The benchmark's own JVM is read too, and
 * kept apart: it generates the load and watches, it is not part of the pipeline.
 */
public final class CpuMeter {

    /** CPU nanoseconds so far of each process, of its JIT compiler threads (empty unless asked for), and of this JVM. */
    public record Reading(long nanoTime, Map<String, Long> processes, Map<String, Long> jit, long generator) {
    }

    private final Map<String, List<Long>> pids = new LinkedHashMap<>();

    public CpuMeter with(String name, long pid) {
        return with(name, List.of(pid));
    }

    /** One process made of several trees (the database: its launcher JVM and the postgres server apart from it). */
    public CpuMeter with(String name, List<Long> roots) {
        pids.put(name, roots);
        return this;
    }

    /** Each process's CPU so far: cheap enough for the 250 ms samples. */
    public Reading read() {
        return read(false);
    }

    /**
     * {@link #read()} and the CPU of each JVM's JIT compiler threads, which means reading every thread of every process:
     * for the edges of a window, not for every sample.
     */
    public Reading readWithJit() {
        return read(true);
    }

    private Reading read(boolean withJit) {
        Map<String, Long> nanos = new LinkedHashMap<>();
        Map<String, Long> jit = new LinkedHashMap<>();
        pids.forEach((name, roots) -> {
            nanos.put(name, ProcessCpu.treeNanos(roots));
            if (withJit) {
                jit.put(name, roots.stream().mapToLong(ProcessCpu::jitNanos).sum());
            }
        });
        return new Reading(System.nanoTime(), nanos, jit, ProcessCpu.thisJvmNanos());
    }

    /** The window from {@code start} to {@code end} in which {@code articles} went through. */
    public static StageResult window(String name, Reading start, Reading end, long articles, boolean complete) {
        Map<String, Double> perArticle = new LinkedHashMap<>();
        Map<String, Double> jitPerArticle = new LinkedHashMap<>();
        start.processes().forEach((process, before) -> {
            perArticle.put(process, perArticle(end.processes().get(process) - before, articles));
            if (start.jit().containsKey(process) && end.jit().containsKey(process)) {
                jitPerArticle.put(process, perArticle(Math.max(0, end.jit().get(process) - start.jit().get(process)), articles));
            }
        });
        return new StageResult(name, articles, (end.nanoTime() - start.nanoTime()) / 1e9, perArticle, jitPerArticle,
                perArticle(end.generator() - start.generator(), articles), complete);
    }

    private static double perArticle(long nanos, long articles) {
        return articles > 0 ? nanos / 1e9 / articles : Double.NaN;
    }
}
