package io.newsroom.ops;

import java.time.Duration;

/** Retention settings as people read them. */
final class Durations {

    private Durations() {
    }

    /** "forever", "7d", "36h", "90m"…, plus the size bound when there is one. */
    static String retention(String retentionMs, String retentionBytes) {
        String time = retentionMs == null ? "unknown" : "-1".equals(retentionMs.strip()) ? "forever" : human(Long.parseLong(retentionMs.strip()));
        if (retentionBytes != null && !"-1".equals(retentionBytes.strip())) {
            return time + " or " + retentionBytes.strip() + " bytes per partition";
        }
        return time;
    }

    static String human(long millis) {
        Duration d = Duration.ofMillis(millis);
        if (millis % Duration.ofDays(1).toMillis() == 0) {
            return d.toDays() + "d";
        }
        if (millis % Duration.ofHours(1).toMillis() == 0) {
            return d.toHours() + "h";
        }
        if (millis % Duration.ofMinutes(1).toMillis() == 0) {
            return d.toMinutes() + "m";
        }
        return millis + "ms";
    }
}
