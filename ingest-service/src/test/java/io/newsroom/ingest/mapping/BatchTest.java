package io.newsroom.ingest.mapping;

import io.newsroom.ingest.problem.InvalidArticleException;
import io.newsroom.ingest.problem.RequestRefusedException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * max-batch-items, the one place a pushed batch is counted (JSON array, NDJSON and pushed feeds alike): too many or
 * no items are refused whole before any item is mapped; a feed may be empty; a pulled feed takes every entry.
 */
class BatchTest {

    private static final Item ITEM = Item.refused("r", InvalidArticleException.of(400, "invalid-article", "t", "d"));

    @Test
    void shouldRefuseTooManyItemsWith413BeforeMappingAny() {
        AtomicInteger mapped = new AtomicInteger();
        Batch batch = new Batch(3, false, i -> {
            mapped.incrementAndGet();
            return ITEM;
        });
        RequestRefusedException e = catchThrowableOfType(RequestRefusedException.class, () -> batch.pushed(2));
        assertThat(e.problem().status()).isEqualTo(413);
        assertThat(e.reason()).isEqualTo("batch-too-large");
        assertThat(mapped).hasValue(0);
    }

    @Test
    void shouldRefuseAnEmptyBatchUnlessItMayBeEmpty() {
        assertThat(catchThrowableOfType(RequestRefusedException.class,
                () -> new Batch(0, false, i -> ITEM).pushed(500)).reason()).isEqualTo("empty-batch");
        assertThat(new Batch(0, true, i -> ITEM).pushed(500)).isEmpty();
    }

    @Test
    void shouldMapEachEntryOnceInOrderAndTakeAllOfAPulledFeed() {
        List<Integer> seen = new ArrayList<>();
        Batch batch = new Batch(3, false, i -> {
            seen.add(i);
            return ITEM;
        });
        assertThat(batch.all()).hasSize(3);
        assertThat(seen).containsExactly(0, 1, 2);
    }
}
