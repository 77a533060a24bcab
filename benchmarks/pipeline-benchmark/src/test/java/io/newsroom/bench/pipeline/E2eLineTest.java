package io.newsroom.bench.pipeline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The closing line has exactly the fields and order issue 16 names, so scripts can compare runs. */
class E2eLineTest {

    @Test
    void shouldPrintEveryFieldInTheIssuesOrder() {
        String line = E2eLine.format(180.04, 240.0, "enrich-alone", 210.55, 812.4, 1693.6);

        assertThat(line).isEqualTo("E2E articles_per_s=180.0 ceiling_per_s=240.0 ratio=0.75 slowest_stage=enrich-alone "
                + "stage_per_s=210.6 p99_ms_at_100=812 p99_ms_at_200=1694");
    }

    @Test
    void shouldSayNotApplicableForARateThatWasNotRun() {
        String line = E2eLine.format(100, 200, "store-alone", 150, Double.NaN, Double.NaN);

        assertThat(line).endsWith("p99_ms_at_100=n/a p99_ms_at_200=n/a").contains("ratio=0.50");
    }

    @Test
    void shouldMatchTheIssuesPattern() {
        assertThat(E2eLine.format(1, 2, "ingest-alone", 3, 4, 5)).matches("E2E articles_per_s=\\S+ ceiling_per_s=\\S+ "
                + "ratio=\\S+ slowest_stage=\\S+ stage_per_s=\\S+ p99_ms_at_100=\\S+ p99_ms_at_200=\\S+");
    }
}
