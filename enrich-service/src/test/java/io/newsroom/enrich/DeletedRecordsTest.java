package io.newsroom.enrich;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.newsroom.infra.quarkus.KafkaResource;
import io.newsroom.schemas.RawArticle;
import io.newsroom.schemas.Topics;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A loop whose position the broker no longer has (the raw records it was about to read were deleted, as retention
 * deletes them behind a long backlog) goes on from the first record left instead of stopping: the consumer never
 * resets by itself (auto.offset.reset=none), so the loop does it, and says so.
 */
@QuarkusTest
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
class DeletedRecordsTest {

    private static final int PARTITION = 1;
    private final ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();

    @Test
    void shouldGoOnFromTheFirstRecordLeftWhenTheRecordsAtItsPositionWereDeleted() throws Exception {
        TopicPartition raw = new TopicPartition(Topics.RAW, PARTITION);
        // An open transaction holds a read_committed loop at its first record: the loop cannot read past it.
        try (KafkaProducer<String, String> open = producer(Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "open-" + UUID.randomUUID()));
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestArticles.bootstrap()))) {
            open.initTransactions();
            open.beginTransaction();
            List<String> deleted = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                RawArticle article = TestArticles.raw("Deleted " + i);
                deleted.add(article.id());
                open.send(new ProducerRecord<>(Topics.RAW, PARTITION, article.id(), mapper.writeValueAsString(article)));
            }
            open.flush();
            // Past the records the loop is waiting at, then give the transaction up: its records are gone either way.
            admin.deleteRecords(Map.of(raw, RecordsToDelete.beforeOffset(endOffset(raw)))).all().get();
            open.abortTransaction();

            RawArticle after = TestArticles.raw("After the deleted records");
            try (KafkaProducer<String, String> writer = producer(Map.of())) {
                writer.send(new ProducerRecord<>(Topics.RAW, PARTITION, after.id(), mapper.writeValueAsString(after))).get();
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> enrichedKeys().contains(after.id()));
            assertThat(enrichedKeys()).doesNotContainAnyElementsOf(deleted);
        }
    }

    private long endOffset(TopicPartition partition) {
        try (KafkaConsumer<String, String> reader = consumer("read_uncommitted")) {
            return reader.endOffsets(List.of(partition)).get(partition);
        }
    }

    /** Keys of every committed enriched record. */
    private List<String> enrichedKeys() {
        try (KafkaConsumer<String, String> reader = consumer("read_committed")) {
            List<TopicPartition> partitions = reader.partitionsFor(Topics.ENRICHED).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = reader.endOffsets(partitions);
            List<String> keys = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> reader.position(p) < ends.get(p))) {
                reader.poll(Duration.ofMillis(200)).forEach(r -> keys.add(r.key()));
            }
            return keys;
        }
    }

    private KafkaConsumer<String, String> consumer(String isolation) {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestArticles.bootstrap(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation), new StringDeserializer(), new StringDeserializer());
    }

    private KafkaProducer<String, String> producer(Map<String, Object> extra) {
        Map<String, Object> config = new java.util.HashMap<>(extra);
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestArticles.bootstrap());
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }


}
