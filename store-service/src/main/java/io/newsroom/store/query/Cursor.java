package io.newsroom.store.query;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a page ended, as an opaque token: the sort key of its last article (time or rank, then id). The next
 * page starts strictly after it, so articles stored meanwhile never shift a page or repeat an article.
 */
public record Cursor(Kind kind, long timeMicros, double rank, String id) {

    public enum Kind { TIME, RANK }

    /** The earliest and latest instants an article can have (RFC 3339: years 0001 to 9999), so a cursor's time too. */
    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    private static final Pattern FORMAT = Pattern.compile("(t|r)\\|([-0-9.Ee]+)\\|([0-9a-f]{32})");

    public static Cursor afterTime(Instant time, String id) {
        return new Cursor(Kind.TIME, micros(time), 0, id);
    }

    /** The sort time of the last article of the page (PostgreSQL keeps microseconds). */
    public Instant time() {
        return Instant.ofEpochSecond(Math.floorDiv(timeMicros, 1_000_000L), Math.floorMod(timeMicros, 1_000_000L) * 1_000L);
    }

    /**
     * Microseconds since the epoch, from seconds and nanoseconds: {@code ChronoUnit.MICROS.between} goes through
     * nanoseconds, which overflow a long for any instant after 2262 (an article dated 9999-12-31 made every list that
     * held it fail).
     */
    static long micros(Instant time) {
        return Math.addExact(Math.multiplyExact(time.getEpochSecond(), 1_000_000L), time.getNano() / 1_000L);
    }

    public static Cursor afterRank(double rank, String id) {
        return new Cursor(Kind.RANK, 0, rank, id);
    }

    public String encode() {
        String raw = (kind == Kind.TIME ? "t|" + timeMicros : "r|" + rank) + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when the token was not made by {@link #encode()} */
    public static Cursor decode(String token) {
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("is not a cursor this API issued");
        }
        Matcher m = FORMAT.matcher(raw);
        if (!m.matches()) {
            throw new IllegalArgumentException("is not a cursor this API issued");
        }
        try {
            Cursor cursor = m.group(1).equals("t") ? new Cursor(Kind.TIME, Long.parseLong(m.group(2)), 0, m.group(3))
                    : afterRank(Double.parseDouble(m.group(2)), m.group(3));
            // Only values a page could have ended on: no time outside the range of article times, no rank that is
            // not a number (NaN, infinite) or below zero.
            if (cursor.kind() == Kind.TIME ? cursor.timeMicros() < micros(EARLIEST) || cursor.timeMicros() > micros(LATEST)
                    : !Double.isFinite(cursor.rank()) || cursor.rank() < 0) {
                throw new IllegalArgumentException("is not a cursor this API issued");
            }
            return cursor;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("is not a cursor this API issued");
        }
    }
}
