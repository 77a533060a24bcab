package io.newsroom.bench.pipeline;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The latency figures are nearest-rank percentiles: each one a value that was really measured. */
class PercentilesTest {

    @Test
    void shouldTakeNearestRankOfOneToHundred() {
        double[] values = IntStream.rangeClosed(1, 100).mapToDouble(i -> 101 - i).toArray(); // unsorted: 100 … 1

        Percentiles p = Percentiles.of(values);

        assertThat(p.count()).isEqualTo(100);
        assertThat(p.p50()).isEqualTo(50);
        assertThat(p.p95()).isEqualTo(95);
        assertThat(p.p99()).isEqualTo(99);
        assertThat(p.max()).isEqualTo(100);
    }

    @Test
    void shouldReportTheWorstOfFewValuesAsP99() {
        Percentiles p = Percentiles.of(new double[]{12, 7, 900});

        assertThat(p.p50()).isEqualTo(12);
        assertThat(p.p99()).isEqualTo(900);
        assertThat(p.max()).isEqualTo(900);
    }

    @Test
    void shouldNotMistakeNoValuesForZeroLatency() {
        Percentiles p = Percentiles.of(new double[0]);

        assertThat(p.count()).isZero();
        assertThat(p.p99()).isNaN();
        assertThat(p.max()).isNaN();
    }
}
