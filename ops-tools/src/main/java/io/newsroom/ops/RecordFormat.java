package io.newsroom.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One record as people read it: where it is (topic, partition, offset), when, its key, each header (as UTF-8 text
 * when it is printable text, else hex) and its value (pretty JSON when it is JSON, else text, else the size and the
 * first bytes in hex). Control characters never reach the terminal: text with any is shown as hex.
 */
final class RecordFormat {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int HEX_BYTES = 64;

    private RecordFormat() {
    }

    static String format(ConsumerRecord<byte[], byte[]> record) {
        StringBuilder out = new StringBuilder();
        out.append(record.topic()).append(" partition ").append(record.partition()).append(" offset ").append(record.offset())
                .append(" timestamp ").append(record.timestamp() < 0 ? "none" : Instant.ofEpochMilli(record.timestamp()))
                .append(" (").append(record.timestampType()).append(")\n");
        out.append("  key: ").append(bytes(record.key())).append('\n');
        for (Header header : record.headers()) {
            out.append("  header ").append(header.key()).append(": ").append(bytes(header.value())).append('\n');
        }
        out.append(value(record.value())).append('\n');
        return out.toString();
    }

    /** Printable UTF-8 text as it is, anything else as hex; null as "null". */
    static String bytes(byte[] value) {
        if (value == null) {
            return "null";
        }
        String text = printableText(value);
        return text != null ? text : "hex " + hex(value);
    }

    static String value(byte[] value) {
        if (value == null) {
            return "  (no value: a tombstone)";
        }
        String text = printableText(value);
        if (text == null) {
            return "  (" + value.length + " bytes, not text) hex " + hex(value);
        }
        try {
            JsonNode json = JSON.readTree(value);
            if (json != null && (json.isObject() || json.isArray())) {
                return indent(JSON.writeValueAsString(json));
            }
        } catch (IOException e) {
            // not JSON: shown as text
        }
        return indent(text);
    }

    private static String indent(String text) {
        return "  " + text.replace("\n", "\n  ");
    }

    private static String hex(byte[] value) {
        String hex = HexFormat.of().formatHex(value, 0, Math.min(value.length, HEX_BYTES));
        return value.length > HEX_BYTES ? hex + "… (" + value.length + " bytes)" : hex;
    }

    /** The text when the bytes are valid UTF-8 without control characters (newlines and tabs allowed), else null. */
    static String printableText(byte[] value) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(value)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r') {
                return null;
            }
        }
        return text;
    }
}
