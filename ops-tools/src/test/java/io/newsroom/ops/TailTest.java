package io.newsroom.ops;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code tail} on the real broker: where each record is, its headers decoded, JSON values pretty, and --max. */
class TailTest {

    @Test
    void shouldShowRecordsFromTheBeginningWithHeadersAndPrettyJsonUpToMax() {
        String topic = TestBroker.uniqueName("tail");
        TestBroker.createTopic(topic, 1, Map.of());
        RecordHeaders headers = new RecordHeaders();
        headers.add("article-version", "3".getBytes(StandardCharsets.UTF_8));
        headers.add("binary", new byte[]{0, 1, (byte) 0xff});
        try (KafkaProducer<String, String> producer = TestBroker.producer()) {
            TestBroker.send(producer, new ProducerRecord<>(topic, 0, 1_700_000_000_000L, "article-1", "{\"id\":\"article-1\",\"version\":3}", headers));
            TestBroker.send(producer, new ProducerRecord<>(topic, 0, "article-2", "not json"));
            TestBroker.send(producer, new ProducerRecord<>(topic, 0, "article-3", "third"));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        long printed = new Tail(TestBroker.settings()).run(topic, true, 2L, Duration.ofSeconds(30),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed).isEqualTo(2);
        assertThat(out)
                .contains(topic + " partition 0 offset 0 timestamp 2023-11-14T22:13:20Z (CreateTime)")
                .contains("  key: article-1")
                .contains("  header article-version: 3")
                .contains("  header binary: hex 0001ff")
                .contains("  {\n    \"id\" : \"article-1\",\n    \"version\" : 3\n  }")
                .contains(topic + " partition 0 offset 1").contains("  not json")
                .doesNotContain("third");
    }

    @Test
    void shouldRefuseATopicThatDoesNotExist() {
        assertThatThrownBy(() -> new Tail(TestBroker.settings()).run(TestBroker.uniqueName("missing"), true, 1L,
                Duration.ofSeconds(5), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
                .isInstanceOf(UsageException.class).hasMessageContaining("no topic");
    }
}
