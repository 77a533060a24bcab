package io.newsroom.deploy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard check is only as good as its reading of PromQL: functions, labels and strings are no metrics. */
class PromQlTest {

    @Test
    void shouldFindOnlyTheMetricNames() {
        assertThat(PromQl.metricNames("sum by (job, le) (rate(http_server_requests_seconds_count{status=~\"5..\", uri!~\"/q/.*\"}[5m]))"
                + " / clamp_min(sum(rate(newsroom_articles_stored_total[1m] offset 5m)), 0.1) > bool 2e3"))
                .containsExactly("http_server_requests_seconds_count", "newsroom_articles_stored_total");
        assertThat(PromQl.metricNames("count by (job) (up == 0) or on (job) kafka_consumergroup_lag"))
                .containsExactly("kafka_consumergroup_lag", "up");
    }
}
