package io.newsroom.ops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code --since} of {@code reenrich}: an ISO instant ({@code 2026-11-26T10:00:00Z}), a date (midnight UTC), or a
 * time ago ({@code 90m}, {@code 36h}, {@code 7d}).
 */
final class Since {

    private static final Pattern AGO = Pattern.compile("(\\d{1,9})([mhd])");

    private Since() {
    }

    static Instant parse(String text, Clock clock) {
        String value = text.strip();
        Matcher ago = AGO.matcher(value);
        if (ago.matches()) {
            long n = Long.parseLong(ago.group(1));
            Duration back = switch (ago.group(2)) {
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
            return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).minus(back);
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            // a date, perhaps
        }
        try {
            return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new UsageException("--since takes an ISO instant (2026-11-26T10:00:00Z), a date (2026-11-26, UTC) or a "
                    + "time ago (90m, 36h, 7d); not '" + text + "'");
        }
    }
}
