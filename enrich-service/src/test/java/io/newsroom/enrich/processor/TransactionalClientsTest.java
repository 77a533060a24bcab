package io.newsroom.enrich.processor;

import io.newsroom.enrich.config.EnrichConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The enrichment loop's consumer settings: under live load a poll (and so a transaction) should carry a few articles,
 * not one, unless the operator chose other fetch settings through {@code kafka.*}.
 */
class TransactionalClientsTest {

    private static EnrichConsumerConfig config() {
        return new EnrichConsumerConfig() {
            public int consumers() { return 2; }
            public int maxPollRecords() { return 20; }
            public int fetchMinBytes() { return 32768; }
            public Duration fetchMaxWait() { return Duration.ofMillis(50); }
            public Duration sessionTimeout() { return Duration.ofSeconds(10); }
            public Duration transactionTimeout() { return Duration.ofSeconds(30); }
            public Duration retryBackoff() { return Duration.ofSeconds(1); }
            public Duration maxRetryBackoff() { return Duration.ofSeconds(30); }
        };
    }

    @Test
    void shouldGroupAFewArticlesPerFetchByDefault() {
        Map<String, Object> c = new TransactionalClients(Map.of("bootstrap.servers", "localhost:9092"), config(), "i")
                .consumerConfig(0);

        assertThat(c).containsEntry(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 32768)
                .containsEntry(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 50)
                .containsEntry(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 20);
    }

    @Test
    void shouldLetAnExplicitKafkaFetchSettingWin() {
        Map<String, Object> c = new TransactionalClients(Map.of("bootstrap.servers", "localhost:9092",
                "fetch.min.bytes", "1", "fetch.max.wait.ms", "500"), config(), "i").consumerConfig(0);

        assertThat(c).containsEntry(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, "1")
                .containsEntry(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "500");
    }
}
