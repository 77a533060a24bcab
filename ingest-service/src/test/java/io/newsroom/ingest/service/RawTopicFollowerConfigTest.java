package io.newsroom.ingest.service;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The follower groups its fetches by its own setting, and stays a group-less reader whatever kafka.* says. */
class RawTopicFollowerConfigTest {

    @Test
    void shouldWaitForItsOwnFetchSizeAtMostTheBarriersWait() {
        Map<String, Object> config = RawTopicFollower.consumerConfig(
                Map.of("bootstrap.servers", "broker:9092", "fetch.min.bytes", "1", "group.id", "someone",
                        "acks", "all"), 65536);

        assertThat(config).containsEntry(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 65536)
                .containsEntry(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, RawTopicFollower.FETCH_MAX_WAIT_MS)
                .containsEntry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false)
                .containsEntry("bootstrap.servers", "broker:9092")
                .doesNotContainKey(ConsumerConfig.GROUP_ID_CONFIG)
                .doesNotContainKey("acks");   // a producer setting: the consumer would warn about it
    }
}
