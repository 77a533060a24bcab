package io.newsroom.ops;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code topics} on the real broker: partitions, end offsets, retention, and each group's lag counted in committed
 * records, so transaction markers and aborted records (enrich-service writes in transactions) are not lag.
 */
class TopicOverviewTest {

    @Test
    void shouldCountOnlyCommittedRecordsNotYetConsumedAsLag() {
        String topic = TestBroker.uniqueName("overview");
        String group = TestBroker.uniqueName("overview-group");
        TestBroker.createTopic(topic, 2, Map.of("retention.ms", "-1"));
        try (KafkaProducer<String, String> producer = TestBroker.transactionalProducer()) {
            writeInTransaction(producer, topic, 0, "a", "b");
            writeInTransaction(producer, topic, 1, "c");
            // An aborted transaction takes offsets but holds no record a read_committed reader ever gets.
            producer.beginTransaction();
            TestBroker.send(producer, new ProducerRecord<>(topic, 1, "k", "aborted"));
            producer.abortTransaction();
            // The group has read every committed record: its offsets stop at the markers, as a consumer's do.
            TestBroker.commit(group, Map.of(new TopicPartition(topic, 0), 2L, new TopicPartition(topic, 1), 1L));

            TopicOverview.TopicInfo consumed = read(topic);

            assertThat(consumed.partitions()).isEqualTo(2);
            assertThat(consumed.end()).containsEntry(0, 3L).containsEntry(1, 4L); // records plus markers
            assertThat(consumed.retentionMs()).isEqualTo("-1");
            assertThat(lagOf(consumed, group)).isEqualTo(new CommittedRecords.Count(0, true));

            writeInTransaction(producer, topic, 0, "d", "e");
            writeInTransaction(producer, topic, 1, "f");

            assertThat(lagOf(read(topic), group)).isEqualTo(new CommittedRecords.Count(3, true));
        }
    }

    @Test
    void shouldPrintEachTopicWithItsRetentionEndOffsetsAndGroups() {
        String topic = TestBroker.uniqueName("printed");
        String group = TestBroker.uniqueName("printed-group");
        TestBroker.createTopic(topic, 1, Map.of("retention.ms", String.valueOf(Duration.ofDays(7).toMillis())));
        try (KafkaProducer<String, String> producer = TestBroker.producer()) {
            TestBroker.send(producer, new ProducerRecord<>(topic, 0, "k", "one"));
            TestBroker.send(producer, new ProducerRecord<>(topic, 0, "k", "two"));
        }
        TestBroker.commit(group, Map.of(new TopicPartition(topic, 0), 1L));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TopicOverview overview = new TopicOverview(TestBroker.settings(), Duration.ofSeconds(10));

        overview.print(overview.read().stream().filter(t -> t.name().equals(topic)).toList(), new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains(topic + "  1 partition(s)  retention 7d  cleanup delete  offsets held 2")
                .contains("end offsets: 0=2")
                .containsPattern("(?i)group " + group + " +empty +0 member\\(s\\)  lag 1");
    }

    private static void writeInTransaction(KafkaProducer<String, String> producer, String topic, int partition, String... values) {
        producer.beginTransaction();
        for (String value : values) {
            TestBroker.send(producer, new ProducerRecord<>(topic, partition, "k", value));
        }
        producer.commitTransaction();
    }

    private static TopicOverview.TopicInfo read(String topic) {
        List<TopicOverview.TopicInfo> topics = new TopicOverview(TestBroker.settings(), Duration.ofSeconds(10)).read();
        return topics.stream().filter(t -> t.name().equals(topic)).findFirst().orElseThrow();
    }

    private static CommittedRecords.Count lagOf(TopicOverview.TopicInfo topic, String group) {
        return topic.groups().stream().filter(g -> g.group().equals(group)).findFirst().orElseThrow().lag();
    }
}
