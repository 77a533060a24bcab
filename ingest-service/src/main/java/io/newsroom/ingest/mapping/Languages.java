package io.newsroom.ingest.mapping;

import java.util.Locale;

/** Feeds write "en-GB", "EN" or "en_us"; the contract wants the ISO 639-1 code, or nothing when unclear. */
public final class Languages {

    private Languages() {
    }

    public static String normalise(String tag) {
        if (tag == null) {
            return null;
        }
        String primary = tag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2}") ? primary : null;
    }
}
