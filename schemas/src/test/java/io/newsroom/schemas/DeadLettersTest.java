package io.newsroom.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** A dead letter is the original plus its reason when that fits Kafka's default limit, else a reference to it. */
class DeadLettersTest {

    @Test
    void shouldCopyARecordThatFitsWithItsHeadersAndTheReason() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("article-id", "abc".getBytes(StandardCharsets.UTF_8));
        DeadLetters.Origin origin = new DeadLetters.Origin("news.articles.raw.v1", 3, 42, "abc", "{\"x\":1}".getBytes(StandardCharsets.UTF_8), headers);

        ProducerRecord<String, byte[]> letter = DeadLetters.letter("dlq", origin, "Not a valid raw article event: /id");

        assertThat(letter.topic()).isEqualTo("dlq");
        assertThat(letter.key()).isEqualTo("abc");
        assertThat(letter.value()).isEqualTo(origin.value());
        assertThat(header(letter, "article-id")).isEqualTo("abc");
        assertThat(header(letter, DeadLetters.REASON_HEADER)).isEqualTo("Not a valid raw article event: /id");
        assertThat(header(letter, DeadLetters.OFFSET_HEADER)).isEqualTo("42");
        assertThat(letter.headers().lastHeader(DeadLetters.BY_REFERENCE_HEADER)).isNull();
    }

    @Test
    void shouldReferToARecordTooLargeToCopyAndCutALongReason() throws Exception {
        byte[] value = new byte[StorageContract.MAX_RECORD_BYTES - 100];
        value[0] = '{';
        DeadLetters.Origin origin = new DeadLetters.Origin("news.articles.enriched.v1", 0, 7, "k", value, new RecordHeaders());

        ProducerRecord<String, byte[]> letter = DeadLetters.letter("dlq", origin, "r".repeat(5_000));

        assertThat(header(letter, DeadLetters.BY_REFERENCE_HEADER)).isEqualTo("true");
        assertThat(letter.value().length).isLessThan(10_000);
        JsonNode reference = new ObjectMapper().readTree(letter.value());
        assertThat(reference.get("topic").asText()).isEqualTo("news.articles.enriched.v1");
        assertThat(reference.get("offset").asLong()).isEqualTo(7);
        assertThat(reference.get("bytes").asInt()).isEqualTo(value.length);
        assertThat(reference.get("sha256").asText()).hasSize(64);
        assertThat(Base64.getDecoder().decode(reference.get("firstBytes").asText())).hasSize(1_024).startsWith((byte) '{');
        assertThat(header(letter, DeadLetters.REASON_HEADER)).hasSize(1_000).endsWith("…");
    }

    private static String header(ProducerRecord<String, byte[]> record, String key) {
        var header = record.headers().lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
