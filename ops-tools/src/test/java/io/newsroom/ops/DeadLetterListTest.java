package io.newsroom.ops;

import io.newsroom.schemas.DeadLetters;
import io.newsroom.schemas.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code dlq list} on the real broker: each letter of the contract's format (DeadLetters) with its origin and reason,
 * letters kept by reference named as such, and which ones the store's re-drive group has passed already.
 */
class DeadLetterListTest {

    @Test
    void shouldListEachLetterWithItsOriginReasonAndWhetherItWasRedriven() throws Exception {
        String first = TestBroker.uniqueName("letter");
        String second = TestBroker.uniqueName("letter");
        TestBroker.ensureTopic(Topics.STORE_DEAD_LETTER, 2);
        RecordMetadata firstAt;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestBroker.bootstrap()), new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> copy = DeadLetters.letter(Topics.STORE_DEAD_LETTER, new DeadLetters.Origin(
                    Topics.ENRICHED, 4, 17, first, "{\"id\":42}".getBytes(StandardCharsets.UTF_8), new RecordHeaders()),
                    "Not a valid enriched article event: /id must be a string");
            ProducerRecord<String, byte[]> reference = DeadLetters.reference(Topics.STORE_DEAD_LETTER, new DeadLetters.Origin(
                    Topics.ENRICHED, 4, 18, second, new byte[10], new RecordHeaders()), "Not JSON");
            firstAt = producer.send(new ProducerRecord<>(Topics.STORE_DEAD_LETTER, 0, copy.key(), copy.value(), copy.headers())).get();
            producer.send(new ProducerRecord<>(Topics.STORE_DEAD_LETTER, 0, reference.key(), reference.value(), reference.headers())).get();
        }
        // The store's re-drive has passed the first letter.
        TestBroker.commit(DeadLetterList.REDRIVE_GROUPS.get(Topics.STORE_DEAD_LETTER),
                Map.of(new TopicPartition(Topics.STORE_DEAD_LETTER, 0), firstAt.offset() + 1));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        List<DeadLetterList.Summary> summaries = new DeadLetterList(TestBroker.settings())
                .list(List.of(Topics.STORE_DEAD_LETTER), null, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains(Topics.STORE_DEAD_LETTER + " (re-drive group store-service-redrive)")
                .containsPattern("key " + first + "  from news.articles.enriched.v1-4@17  re-driven\n"
                        + "    reason: Not a valid enriched article event: /id must be a string")
                .containsPattern("key " + second + "  from news.articles.enriched.v1-4@18  by reference \\(cannot be re-driven\\)  waiting\n"
                        + "    reason: Not JSON");
        assertThat(summaries).singleElement().satisfies(s -> {
            assertThat(s.letters()).isGreaterThanOrEqualTo(2);
            assertThat(s.waiting()).isGreaterThanOrEqualTo(1);
        });
    }
}
