package io.newsroom.support.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsroom.infra.KafkaBroker;
import io.newsroom.infra.TempDirectories;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * newsroom.consumer.lag on a real broker with a plain consumer: after a poll of 20 of 50 records the partition's gauge
 * says 30 behind, tagged with group, topic (its real name, dots and all) and partition; the gauge goes once the
 * consumer is gone.
 */
class ConsumerLagTest {

    private static final String TOPIC = "news.lag-test.v1";

    @Test
    void shouldReportHowFarEachAssignedPartitionIsBehind() throws Exception {
        Path dir = TempDirectories.create("consumer-lag-");
        try (KafkaBroker broker = KafkaBroker.start(dir, 0)) {
            String bootstrap = broker.bootstrapServers();
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
            }
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringSerializer(), new StringSerializer())) {
                for (int i = 0; i < 50; i++) {
                    producer.send(new ProducerRecord<>(TOPIC, "key", "value " + i));
                }
                producer.flush();
            }
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ConsumerConfig.GROUP_ID_CONFIG, "lag-group",
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                    ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 20), new StringDeserializer(), new StringDeserializer());
            List<KafkaConsumer<String, String>> consumers = new java.util.ArrayList<>(List.of(consumer));
            ConsumerLag lag = new ConsumerLag(registry, "lag-group", List.of(TOPIC), () -> consumers.stream().map(KafkaConsumer::metrics).toList());
            try {
                consumer.subscribe(List.of(TOPIC));
                await().atMost(Duration.ofSeconds(30)).until(() -> !consumer.poll(Duration.ofMillis(200)).isEmpty());

                lag.refresh();

                Gauge gauge = registry.find(ConsumerLag.METRIC)
                        .tags("group", "lag-group", "topic", TOPIC, "partition", "0").gauge();
                assertThat(gauge).as("gauges: " + registry.getMetersAsString()).isNotNull();
                long position = consumer.position(new TopicPartition(TOPIC, 0));
                assertThat(position).isEqualTo(20);
                assertThat(gauge.value()).isEqualTo(50 - position);
                // One gauge per partition, under the topic's own name (Kafka also reports it as news_lag-test_v1).
                assertThat(registry.find(ConsumerLag.METRIC).gauges()).hasSize(1);
            } finally {
                consumer.close();
            }
            consumers.clear();
            lag.refresh();
            assertThat(registry.find(ConsumerLag.METRIC).gauges()).isEmpty();
            lag.close();
        } finally {
            TempDirectories.deleteEventually(dir);
        }
    }
}
