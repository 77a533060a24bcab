package io.newsroom.ops;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** How tail and dlq show bytes: printable UTF-8 as text, anything else (control characters too) as hex. */
class RecordFormatTest {

    @Test
    void shouldShowPrintableUtf8AsTextAndEverythingElseAsHex() {
        assertThat(RecordFormat.bytes("Zürich — 東京".getBytes(StandardCharsets.UTF_8))).isEqualTo("Zürich — 東京");
        assertThat(RecordFormat.bytes(new byte[]{(byte) 0xc3, 0x28})).isEqualTo("hex c328");
        assertThat(RecordFormat.bytes("bell\u0007".getBytes(StandardCharsets.UTF_8))).isEqualTo("hex 62656c6c07");
        assertThat(RecordFormat.bytes(null)).isEqualTo("null");
    }

    @Test
    void shouldIndentJsonAndTextValuesAndSayWhatABinaryValueIs() {
        assertThat(RecordFormat.value("[1,2]".getBytes(StandardCharsets.UTF_8))).isEqualTo("  [ 1, 2 ]");
        assertThat(RecordFormat.value("line one\nline two".getBytes(StandardCharsets.UTF_8))).isEqualTo("  line one\n  line two");
        assertThat(RecordFormat.value(new byte[100])).startsWith("  (100 bytes, not text) hex 0000").endsWith("… (100 bytes)");
        assertThat(RecordFormat.value(null)).contains("tombstone");
    }
}
