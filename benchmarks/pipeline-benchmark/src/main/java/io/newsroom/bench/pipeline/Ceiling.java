package io.newsroom.bench.pipeline;

import java.util.Comparator;
import java.util.List;

/**
 * What the machine could do at best (issue 16): every article costs the CPU that all processes spent on it in each
 * stage's run alone (service, broker, database), summed over the stages; with {@code cores} cores busy all the time,
 * the pipeline cannot pass {@code cores / that sum} articles per second.
 */
public final class Ceiling {

    private Ceiling() {
    }

    /** CPU seconds per article of the whole pipeline: the sum over the stages of all their processes' CPU per article. */
    public static double cpuPerArticle(List<StageResult> stages) {
        return stages.stream().mapToDouble(StageResult::totalCpuPerArticle).sum();
    }

    /** Articles per second the cores allow; NaN without a measured stage. */
    public static double articlesPerSecond(int cores, List<StageResult> stages) {
        double cpu = cpuPerArticle(stages);
        return cpu > 0 ? cores / cpu : Double.NaN;
    }

    /** The stage with the fewest articles per second on its own. */
    public static StageResult slowest(List<StageResult> stages) {
        return stages.stream().min(Comparator.comparingDouble(StageResult::articlesPerSecond))
                .orElseThrow(() -> new IllegalArgumentException("no stage measured"));
    }
}
