package io.newsroom.schemas;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Dead-letter records of the contract. A letter is the original record (key, value and headers unchanged) plus
 * headers saying why and where it came from. When the original is too large to be copied with those headers under
 * Kafka's record limit, the letter is a reference instead: header {@value #BY_REFERENCE_HEADER} {@code true} and a
 * small JSON value naming the record (topic, partition, offset, key, size, SHA-256, first bytes), so that a poison
 * record of any size can always be set aside and the consumer goes on. The original stays in its topic until
 * retention removes it.
 */
public final class DeadLetters {

    public static final String REASON_HEADER = Topics.DEAD_LETTER_REASON_HEADER;
    public static final String TOPIC_HEADER = "dead-letter-topic";
    public static final String PARTITION_HEADER = "dead-letter-partition";
    public static final String OFFSET_HEADER = "dead-letter-offset";
    public static final String BY_REFERENCE_HEADER = "dead-letter-by-reference";
    /** Every header a letter adds starts so; a re-driven or re-dead-lettered record drops them. */
    public static final String HEADER_PREFIX = "dead-letter-";

    /** Reasons are for people: long ones (a list of every failing field) are cut here. */
    static final int MAX_REASON_CHARS = 1_000;
    static final int FIRST_BYTES = 1_024;
    /** Room kept under the record limit for the record's framing and the key. */
    private static final int FRAMING_BYTES = 8_192;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where a poison record was read, and what it held. */
    public record Origin(String topic, int partition, long offset, String key, byte[] value, Headers headers) {

        public static Origin of(ConsumerRecord<String, byte[]> record) {
            return new Origin(record.topic(), record.partition(), record.offset(), record.key(), record.value(),
                    record.headers());
        }
    }

    private DeadLetters() {
    }

    /** The letter for {@code origin}: a full copy when it fits under the record limit, else a reference. */
    public static ProducerRecord<String, byte[]> letter(String deadLetterTopic, Origin origin, String reason) {
        return fits(origin) ? copy(deadLetterTopic, origin, reason) : reference(deadLetterTopic, origin, reason);
    }

    /** The original key, value and headers with the reason headers added. */
    public static ProducerRecord<String, byte[]> copy(String deadLetterTopic, Origin origin, String reason) {
        RecordHeaders headers = new RecordHeaders();
        if (origin.headers() != null) {
            for (Header header : origin.headers()) {
                if (!header.key().startsWith(HEADER_PREFIX)) {
                    headers.add(header);
                }
            }
        }
        addReasonHeaders(headers, origin, reason);
        return new ProducerRecord<>(deadLetterTopic, null, origin.key(), origin.value(), headers);
    }

    /** A small JSON document naming the record instead of the record itself. */
    public static ProducerRecord<String, byte[]> reference(String deadLetterTopic, Origin origin, String reason) {
        byte[] value = origin.value() == null ? new byte[0] : origin.value();
        ObjectNode doc = JSON.createObjectNode()
                .put("topic", origin.topic())
                .put("partition", origin.partition())
                .put("offset", origin.offset())
                .put("key", origin.key())
                .put("bytes", value.length)
                .put("sha256", HexFormat.of().formatHex(Sha256.of(value)))
                .put("firstBytes", Base64.getEncoder().encodeToString(Arrays.copyOf(value, Math.min(value.length, FIRST_BYTES))))
                .put("reason", shorten(reason));
        RecordHeaders headers = new RecordHeaders();
        addReasonHeaders(headers, origin, reason);
        headers.add(BY_REFERENCE_HEADER, utf8("true"));
        try {
            return new ProducerRecord<>(deadLetterTopic, null, origin.key(), JSON.writeValueAsBytes(doc), headers);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("A reference document cannot be serialised", e);
        }
    }

    /** Whether the full copy, headers and reason included, stays under Kafka's default record limit. */
    static boolean fits(Origin origin) {
        long size = FRAMING_BYTES + MAX_REASON_CHARS * 4L + (origin.value() == null ? 0 : origin.value().length)
                + (origin.key() == null ? 0 : origin.key().length() * 4L);
        if (origin.headers() != null) {
            for (Header header : origin.headers()) {
                size += header.key().length() * 4L + (header.value() == null ? 0 : header.value().length);
            }
        }
        return size <= StorageContract.MAX_RECORD_BYTES;
    }

    /** One line for the log: where the record was and why it was set aside (never its content). */
    public static String describe(Origin origin, String reason) {
        return origin.topic() + "-" + origin.partition() + "@" + origin.offset() + " key=" + origin.key() + ": "
                + shorten(reason);
    }

    static String shorten(String reason) {
        String text = reason == null ? "unknown" : reason.replace('\n', ' ').replace('\r', ' ');
        if (text.length() <= MAX_REASON_CHARS) {
            return text;
        }
        int end = MAX_REASON_CHARS - 1;
        return text.substring(0, Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end) + "…";
    }

    private static void addReasonHeaders(RecordHeaders headers, Origin origin, String reason) {
        headers.add(REASON_HEADER, utf8(shorten(reason)));
        headers.add(TOPIC_HEADER, utf8(origin.topic()));
        headers.add(PARTITION_HEADER, utf8(Integer.toString(origin.partition())));
        headers.add(OFFSET_HEADER, utf8(Long.toString(origin.offset())));
    }

    private static byte[] utf8(String text) {
        return (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
    }
}
