package io.newsroom.bench.pipeline;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The ceiling is the cores divided by the CPU all processes spend per article, summed over the stages run alone. */
class CeilingTest {

    private static StageResult stage(String name, long articles, double seconds, double service, double kafka, double postgres) {
        Map<String, Double> cpu = new LinkedHashMap<>();
        cpu.put(name + "-service", service);
        cpu.put("kafka", kafka);
        cpu.put("postgres", postgres);
        return new StageResult(name, articles, seconds, cpu, 0.5, true);   // the load generator's CPU is not the pipeline's
    }

    private final List<StageResult> stages = List.of(
            stage("ingest alone", 1000, 1.0, 0.0005, 0.0003, 0.0),       // 1,000/s, 0.8 ms per article
            stage("enrich alone", 1000, 5.0, 0.0040, 0.0002, 0.0),       // 200/s, 4.2 ms
            stage("store alone", 1000, 2.0, 0.0015, 0.0001, 0.0014));    // 500/s, 3.0 ms

    @Test
    void shouldSumEveryProcessOfEveryStage() {
        assertThat(Ceiling.cpuPerArticle(stages)).isCloseTo(0.008, within(1e-12));
    }

    @Test
    void shouldDivideTheCoresByThatSum() {
        assertThat(Ceiling.articlesPerSecond(2, stages)).isCloseTo(250.0, within(1e-9));
        assertThat(Ceiling.articlesPerSecond(4, stages)).isCloseTo(500.0, within(1e-9));
    }

    @Test
    void shouldNameTheStageWithFewestArticlesPerSecond() {
        StageResult slowest = Ceiling.slowest(stages);

        assertThat(slowest.name()).isEqualTo("enrich alone");
        assertThat(slowest.articlesPerSecond()).isEqualTo(200.0);
    }

    @Test
    void shouldTellTheCoresAStageKeptBusy() {
        assertThat(stages.get(1).coresUsed()).isCloseTo(0.84, within(1e-9));   // 4.2 ms x 200/s
        assertThat(stages.get(2).coresUsed()).isCloseTo(1.5, within(1e-9));    // 3.0 ms x 500/s
    }

    @Test
    void shouldGiveNoCeilingWithoutMeasuredCpu() {
        assertThat(Ceiling.articlesPerSecond(2, List.of())).isNaN();
    }
}
