package io.newsroom.store.query;

import java.time.Instant;
import java.util.List;

/**
 * What a reader asked for: every field null (or empty) means "any". {@code categoryCodes} already includes the
 * children of a top-level code.
 */
public record ArticleFilter(List<String> categoryCodes, String entity, String entityType, String source,
                            String language, Instant from, Instant to, String q) {

    public ArticleFilter {
        categoryCodes = categoryCodes == null ? List.of() : List.copyOf(categoryCodes);
    }

    public boolean hasText() {
        return q != null;
    }
}
