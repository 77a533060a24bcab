package io.newsroom.ops;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The forms reenrich's --since takes. */
class SinceTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void shouldTakeAnInstantADateOrATimeAgo() {
        assertThat(Since.parse("2026-11-20T08:30:00Z", NOW)).isEqualTo(Instant.parse("2026-11-20T08:30:00Z"));
        assertThat(Since.parse("2026-11-20", NOW)).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
        assertThat(Since.parse("90m", NOW)).isEqualTo(Instant.parse("2026-11-26T10:30:00Z"));
        assertThat(Since.parse("36h", NOW)).isEqualTo(Instant.parse("2026-11-25T00:00:00Z"));
        assertThat(Since.parse("7d", NOW)).isEqualTo(Instant.parse("2026-11-19T12:00:00Z"));
    }

    @Test
    void shouldNameTheFormsWhenItCannotReadTheValue() {
        assertThatThrownBy(() -> Since.parse("last week", NOW)).isInstanceOf(UsageException.class)
                .hasMessageContaining("ISO instant").hasMessageContaining("7d");
    }
}
