package io.newsroom.nlp.train;

import java.util.Locale;

/**
 * The 17 top-level IPTC Media Topics by their two-digit number: {@code 01} is medtop:01000000 (arts, culture,
 * entertainment and media) … {@code 17} is medtop:17000000 (weather), the order of the taxonomy file. Dev-set
 * folders and label files may use either spelling; everything else works with the medtop QCode.
 */
public final class TopicCodes {

    private TopicCodes() {
    }

    /** {@code "01"}, {@code "1"}, {@code "medtop:01000000"} -> {@code "medtop:01000000"}; null when not a top-level topic. */
    public static String topLevel(String code) {
        String c = code.strip().toLowerCase(Locale.ROOT);
        if (c.matches("\\d{1,2}")) {
            int n = Integer.parseInt(c);
            return n >= 1 && n <= 17 ? String.format("medtop:%02d000000", n) : null;
        }
        if (c.matches("medtop:\\d{2}000000")) {
            int n = Integer.parseInt(c.substring(7, 9));
            return n >= 1 && n <= 17 ? c : null;
        }
        return null;
    }

    /** {@code "medtop:04000000"} -> {@code "04"}. */
    public static String twoDigit(String medtop) {
        return medtop.substring(7, 9);
    }

    public static boolean isTopLevel(String code) {
        return code != null && code.matches("medtop:\\d{2}000000");
    }
}
