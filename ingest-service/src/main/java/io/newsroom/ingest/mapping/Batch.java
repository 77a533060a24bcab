package io.newsroom.ingest.mapping;

import io.newsroom.ingest.problem.InvalidArticleException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A document split into its entries, none mapped yet: a JSON array, the lines of NDJSON or the items of a feed. A
 * pushed one is held to {@code max-batch-items} before any entry is mapped ({@link #pushed}, the one place of that
 * limit: a body of many tiny entries is refused at once, not after mapping them all); a pulled feed maps them all
 * ({@link #all}) and the puller takes the newest. Each entry is mapped once, in document order, into an {@link Item}.
 */
public final class Batch {

    private final int size;
    private final boolean mayBeEmpty;
    private final IntFunction<Item> entry;

    /**
     * @param mayBeEmpty an empty document is a valid one (a feed with no item yet), not a refused batch
     * @param entry      maps the entry at an index into its item (one refused entry never stops the others)
     */
    public Batch(int size, boolean mayBeEmpty, IntFunction<Item> entry) {
        this.size = size;
        this.mayBeEmpty = mayBeEmpty;
        this.entry = entry;
    }

    public int size() {
        return size;
    }

    /** The items of a pushed request: a batch with no item (unless it may be empty) or too many is refused whole. */
    public List<Item> pushed(int maxItems) {
        if (size == 0 && !mayBeEmpty) {
            throw InvalidArticleException.of(400, "empty-batch", "Empty batch", "The batch holds no article.");
        }
        if (size > maxItems) {
            throw InvalidArticleException.of(413, "batch-too-large", "Batch too large",
                    "The batch has " + size + " items; the limit is " + maxItems + " per request.");
        }
        return all();
    }

    /** Every entry mapped, in document order. */
    public List<Item> all() {
        List<Item> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            items.add(entry.apply(i));
        }
        return items;
    }
}
