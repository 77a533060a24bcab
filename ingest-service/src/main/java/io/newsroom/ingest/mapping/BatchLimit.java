package io.newsroom.ingest.mapping;

import io.newsroom.ingest.problem.InvalidArticleException;

/** {@code max-batch-items}: a batch with no item (a feed may have none yet) or with too many is refused as a whole. */
public final class BatchLimit {

    private BatchLimit() {
    }

    public static void require(int items, boolean mayBeEmpty, int maxItems) {
        if (items == 0 && !mayBeEmpty) {
            throw InvalidArticleException.of(400, "empty-batch", "Empty batch", "The batch holds no article.");
        }
        if (items > maxItems) {
            throw InvalidArticleException.of(413, "batch-too-large", "Batch too large",
                    "The batch has " + items + " items; the limit is " + maxItems + " per request.");
        }
    }
}
