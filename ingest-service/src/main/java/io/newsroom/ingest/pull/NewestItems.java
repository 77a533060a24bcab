package io.newsroom.ingest.pull;

import io.newsroom.ingest.mapping.Item;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Which items of a pulled feed one pull takes when the feed has more than {@code max-batch-items}: the newest by
 * their own time (updated, else published), then the undated and unreadable ones in document order; handed on in
 * document order. Nobody can be told about the rest (nobody sent them), so they are counted and logged, and a feed
 * whose older items matter is pulled more often. A pushed feed that large is refused whole (413) instead: its
 * sender can split it.
 */
final class NewestItems {

    private NewestItems() {
    }

    static List<Item> take(List<Item> items, int max) {
        if (items.size() <= max) {
            return items;
        }
        Comparator<Integer> newestFirst = Comparator.comparing((Integer i) -> ownTime(items.get(i)),
                Comparator.nullsLast(Comparator.reverseOrder()));
        List<Integer> kept = new ArrayList<>(IntStream.range(0, items.size()).boxed()
                .sorted(newestFirst.thenComparing(Comparator.naturalOrder())).limit(max).toList());
        kept.sort(Comparator.naturalOrder());
        return kept.stream().map(items::get).toList();
    }

    /** The item's own time, or null when it has none (its version would be the time of receipt) or is refused. */
    private static Instant ownTime(Item item) {
        return item.candidate() == null || !item.candidate().timeGiven() ? null : item.candidate().article().versionCreated();
    }
}
