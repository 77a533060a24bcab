package io.newsroom.store.service;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a page ended, as an opaque token: the sort key of its last article (time or rank, then id). The next
 * page starts strictly after it, so articles stored meanwhile never shift a page or repeat an article.
 */
public record Cursor(Kind kind, long timeMicros, double rank, String id) {

    public enum Kind { TIME, RANK }

    private static final Pattern FORMAT = Pattern.compile("(t|r)\\|([-0-9.Ee]+)\\|([0-9a-f]{32})");

    public static Cursor afterTime(long timeMicros, String id) {
        return new Cursor(Kind.TIME, timeMicros, 0, id);
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
            return m.group(1).equals("t") ? afterTime(Long.parseLong(m.group(2)), m.group(3))
                    : afterRank(Double.parseDouble(m.group(2)), m.group(3));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("is not a cursor this API issued");
        }
    }
}
