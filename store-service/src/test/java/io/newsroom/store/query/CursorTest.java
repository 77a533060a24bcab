package io.newsroom.store.query;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Page cursors as plain values: what a page hands out comes back unchanged, and nothing else is taken. */
class CursorTest {

    private static final String ID = "0123456789abcdef0123456789abcdef";

    private static String token(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldDecodeWhatItEncodedForTimesAtBothEndsOfTheRange() {
        for (Instant time : new Instant[]{Cursor.EARLIEST, Instant.parse("2026-11-26T10:00:00.123456Z"), Cursor.LATEST}) {
            Cursor decoded = Cursor.decode(Cursor.afterTime(time, ID).encode());
            assertThat(decoded.kind()).isEqualTo(Cursor.Kind.TIME);
            assertThat(decoded.time()).isEqualTo(time);
            assertThat(decoded.id()).isEqualTo(ID);
        }
    }

    @Test
    void shouldDecodeARankCursor() {
        Cursor decoded = Cursor.decode(Cursor.afterRank(0.25, ID).encode());

        assertThat(decoded.kind()).isEqualTo(Cursor.Kind.RANK);
        assertThat(decoded.rank()).isEqualTo(0.25);
        assertThat(decoded.id()).isEqualTo(ID);
    }

    @Test
    void shouldRefuseTokensThisApiNeverIssued() {
        long afterLatest = Cursor.micros(Cursor.LATEST) + 1;
        for (String token : new String[]{"not base64 !", token("t|12|short"), token("x|12|" + ID), token("t|" + afterLatest + "|" + ID),
                token("r|NaN|" + ID), token("r|-1|" + ID), token("r|Infinity|" + ID), token("t|1e400|" + ID)}) {
            assertThatThrownBy(() -> Cursor.decode(token)).as(token)
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("is not a cursor this API issued");
        }
    }
}
