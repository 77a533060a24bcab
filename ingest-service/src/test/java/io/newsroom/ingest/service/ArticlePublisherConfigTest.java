package io.newsroom.ingest.service;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** What makes an accepted article durable is fixed in code, whatever the kafka.* settings say. */
class ArticlePublisherConfigTest {

    @Test
    void shouldKeepAcksAllAndIdempotenceOverAnOperatorsSettings() {
        Map<String, Object> config = ArticlePublisher.producerConfig(
                Map.of("bootstrap.servers", "broker:9092", "acks", "0", "enable.idempotence", "false",
                        "security.protocol", "SSL"), Duration.ofSeconds(10));

        assertThat(config).containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                .containsEntry("bootstrap.servers", "broker:9092")
                .containsEntry("security.protocol", "SSL");
    }

    @Test
    void shouldAnswerWithinThePublishTimeoutWithAConfigurationKafkaAccepts() {
        for (Duration timeout : new Duration[]{Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofSeconds(10)}) {
            Map<String, Object> config = ArticlePublisher.producerConfig(Map.of("bootstrap.servers", "127.0.0.1:9"), timeout);
            long block = ((Number) config.get(ProducerConfig.MAX_BLOCK_MS_CONFIG)).longValue();
            long delivery = ((Number) config.get(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG)).longValue();

            assertThat(block + delivery).as("longest wait for " + timeout).isLessThanOrEqualTo(timeout.toMillis());
            // The producer refuses, at construction, a delivery timeout shorter than linger.ms + request.timeout.ms;
            // it connects only when it first sends, so no broker is needed here.
            assertThatCode(() -> new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer()).close(Duration.ZERO))
                    .as("producer for " + timeout).doesNotThrowAnyException();
        }
    }
}
