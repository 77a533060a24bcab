package io.newsroom.bench.pipeline;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The targets of issue 16 as the report states them: met, missed, or not measured when a rate was left out. */
class PipelineReportTest {

    private static StageResult stage(String name, double seconds, double cpuSeconds) {
        return new StageResult(name, 1000, seconds, Map.of("service", cpuSeconds), 0, true);
    }

    private static PipelineReport.Run run(double pipelineSeconds) {
        List<StageResult> stages = List.of(stage("ingest alone", 1, 0.001), stage("enrich alone", 5, 0.006),
                stage("store alone", 2, 0.003));                                        // 10 ms: ceiling 200/s on 2 cores
        return new PipelineReport.Run(PipelineOptions.parse(new String[]{"--rates", "50"}), 2, "1 1 1", "1 1 1", stages,
                stage("whole pipeline", pipelineSeconds, 0.010), List.of(), List.of());
    }

    @Test
    void shouldMeetTheRatioTargetAtEightyPercentOfTheCeiling() {
        assertThat(PipelineReport.targets(run(6.25)).get(0)).isEqualTo("end to end >= 0.8 x ceiling: 0.80 — met");   // 160/s
        assertThat(PipelineReport.targets(run(10)).get(0)).isEqualTo("end to end >= 0.8 x ceiling: 0.50 — missed");  // 100/s
    }

    @Test
    void shouldSayNotMeasuredForARateThatWasNotRun() {
        List<String> targets = PipelineReport.targets(run(10));

        assertThat(targets.get(1)).isEqualTo("p99 ingest -> queryable < 1 s at 100/s: not measured (rate not run)");
        assertThat(targets.get(2)).isEqualTo("p99 ingest -> queryable < 2 s at 200/s: not measured (rate not run)");
    }

    @Test
    void shouldEndWithTheE2eLineOfTheRun() {
        assertThat(PipelineReport.e2eLine(run(10))).isEqualTo("E2E articles_per_s=100.0 ceiling_per_s=200.0 ratio=0.50 "
                + "slowest_stage=enrich-alone stage_per_s=200.0 p99_ms_at_100=n/a p99_ms_at_200=n/a");
    }

    @Test
    void shouldSayHowMuchOfEachRatesCpuTheJitCompilerSpent() {
        Percentiles p = Percentiles.of(new double[]{100, 200});
        StageResult cpu = new StageResult("rate 200/s", 6000, 30, Map.of("service", 0.002), Map.of("service", 0.0005), 0.001, true);
        LatencyRun.Result rate = new LatencyRun.Result(200, 30, 6000, 0, 200, 0, 0, p, p, p, p, p, p, 240, 0, cpu);
        PipelineReport.Run base = run(10);
        PipelineReport.Run withRate = new PipelineReport.Run(base.options(), base.cores(), base.loadAtStart(), base.loadAtEnd(),
                base.stages(), base.pipeline(), List.of(rate), List.of());

        String report = PipelineReport.render(withRate);

        assertThat(report).contains("CPU ms per article at each rate, by process:\n\n| rate/s | service | benchmark JVM |\n|---|---|---|\n| 200 | 2.00 | 1.00 |")
                .contains("JIT compilation (the JVMs' C1/C2 compiler threads; at least this much), CPU ms per article:\n\n"
                        + "| rate/s | service |\n|---|---|\n| 200 | 0.50 |");
    }
}
