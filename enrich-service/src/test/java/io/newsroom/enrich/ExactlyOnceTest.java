package io.newsroom.enrich;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.newsroom.infra.quarkus.KafkaCompanionTest;
import io.newsroom.infra.quarkus.KafkaResource;
import io.newsroom.schemas.RawArticle;
import io.newsroom.schemas.Topics;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Exactly once across an interrupted transaction, on the real broker: after one article per partition has been
 * enriched and committed, a loop is held in the middle of a poll's transaction (some enriched records already sent, not
 * committed), then fenced the way a restarted instance fences its dead predecessor — a producer with the loop's
 * transactional id calls initTransactions, aborting the open transaction. The loop recovers by itself, redoes the poll
 * from the committed offsets (and only that poll: every partition it owns has a committed offset), and a read_committed
 * reader sees each raw record's enriched event exactly once, while a read_uncommitted reader also sees the aborted copies.
 */
@QuarkusTest
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
@TestProfile(ExactlyOnceTest.Holding.class)
class ExactlyOnceTest extends KafkaCompanionTest {

    public static class Holding implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(HoldingEnrichment.class);
        }
    }

    private static final int PARTITION = 0;
    private final ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();

    @Test
    void shouldCommitOneEnrichedRecordPerRawRecordWhenATransactionIsAbortedMidPoll() throws Exception {
        // First one article on every partition, enriched and committed: a recovering loop then has a committed offset
        // for each partition it owns, and must resume there, not from the beginning.
        Set<String> before = new java.util.HashSet<>();
        try (KafkaProducer<String, String> writer = producer("raw-writer-" + UUID.randomUUID())) {
            writer.initTransactions();
            writer.beginTransaction();
            for (int partition = 0; partition < writer.partitionsFor(Topics.RAW).size(); partition++) {
                RawArticle article = TestArticles.raw("Before " + partition);
                before.add(article.id());
                writer.send(new ProducerRecord<>(Topics.RAW, partition, article.id(), mapper.writeValueAsString(article)));
            }
            writer.commitTransaction();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> count(before, "read_committed") == before.size());

        List<RawArticle> articles = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            articles.add(TestArticles.raw("Article " + i));
        }
        articles.add(TestArticles.raw("Article 5 " + HoldingEnrichment.HOLD));
        Set<String> ids = articles.stream().map(RawArticle::id).collect(Collectors.toSet());
        // Written in one transaction: a read_committed loop sees all six at once, so they are one poll, one transaction.
        try (KafkaProducer<String, String> writer = producer("raw-writer-" + UUID.randomUUID())) {
            writer.initTransactions();
            writer.beginTransaction();
            for (RawArticle article : articles) {
                writer.send(new ProducerRecord<>(Topics.RAW, PARTITION, article.id(), mapper.writeValueAsString(article)));
            }
            writer.commitTransaction();
        }

        assertThat(HoldingEnrichment.HELD.await(60, TimeUnit.SECONDS)).as("a loop reached the held article").isTrue();
        await().atMost(Duration.ofSeconds(30)).until(() -> count(ids, "read_uncommitted") == 5);
        assertThat(count(ids, "read_committed")).as("enriched, sent, not committed").isZero();

        // A restarted instance's loop with the same transactional id: aborts the open transaction, fences the old one.
        String transactionalId = HoldingEnrichment.heldThread.substring("enrich-".length());
        try (KafkaProducer<String, String> successor = producer(transactionalId)) {
            successor.initTransactions();
        }
        HoldingEnrichment.RELEASE.countDown();

        await().atMost(Duration.ofSeconds(60)).until(() -> count(ids, "read_committed") >= 6);
        List<ConsumerRecord<String, String>> committed = read(ids, "read_committed");
        assertThat(committed).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(read(ids, "read_uncommitted")).as("the aborted copies are in the log").hasSize(11);
        assertThat(read(before, "read_committed")).as("articles committed before the failure, enriched once")
                .extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(before);
    }

    private long count(Set<String> ids, String isolation) {
        return read(ids, isolation).size();
    }

    /** Every enriched record of {@code ids} up to the end of the topic, as a reader with that isolation sees it. */
    private List<ConsumerRecord<String, String>> read(Set<String> ids, String isolation) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestArticles.bootstrap(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
        try (KafkaConsumer<String, String> reader = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = reader.partitionsFor(Topics.ENRICHED).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = reader.endOffsets(partitions);   // the last stable offsets for read_committed
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> reader.position(p) < ends.get(p))) {
                reader.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (ids.contains(r.key()) && r.offset() < ends.get(new TopicPartition(r.topic(), r.partition()))) {
                        found.add(r);
                    }
                });
            }
            return found;
        }
    }

    private KafkaProducer<String, String> producer(String transactionalId) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestArticles.bootstrap(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId), new StringSerializer(), new StringSerializer());
    }


}
