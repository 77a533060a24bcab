package io.newsroom.bench.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One measured window of a phase: how many articles went through in how long, and the CPU seconds per article each
 * process spent meanwhile ({@code cpuPerArticle}: the pipeline's processes: services, broker, database) and the
 * benchmark's own JVM ({@code generatorCpuPerArticle}: load generator and observers, not part of the pipeline). Of each
 * process's CPU, {@code jitPerArticle} is what its JIT compiler threads spent: a JVM still compiling its hot paths is
 * not yet at the speed it will keep.
 *
 * @param complete false when the phase did not reach its target in time: articles were lost or stuck
 */
public record StageResult(String name, long articles, double seconds, Map<String, Double> cpuPerArticle,
                          Map<String, Double> jitPerArticle, double generatorCpuPerArticle, boolean complete) {

    public StageResult {
        cpuPerArticle = new LinkedHashMap<>(cpuPerArticle);
        jitPerArticle = new LinkedHashMap<>(jitPerArticle);
    }

    /** A window without JIT readings. */
    public StageResult(String name, long articles, double seconds, Map<String, Double> cpuPerArticle,
                       double generatorCpuPerArticle, boolean complete) {
        this(name, articles, seconds, cpuPerArticle, Map.of(), generatorCpuPerArticle, complete);
    }

    public double articlesPerSecond() {
        return seconds > 0 ? articles / seconds : Double.NaN;
    }

    /**
     * Cores the pipeline's processes kept busy on average in this window: below the machine's cores when the stage
     * waits on something (disk, the network, a poll interval) or when other work on the machine takes the cores.
     */
    public double coresUsed() {
        return seconds > 0 ? totalCpuPerArticle() * articles / seconds : Double.NaN;
    }

    /** CPU seconds per article of all the pipeline's processes in this window. */
    public double totalCpuPerArticle() {
        return cpuPerArticle.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
