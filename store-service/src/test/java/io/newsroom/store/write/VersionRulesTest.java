package io.newsroom.store.write;

import io.newsroom.schemas.EnrichedArticle;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.newsroom.store.EnrichedEvents.builder;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule behind "newest version wins" and exactly-once storing, as a plain function: no database, no Quarkus.
 * The stores' own tests (EnrichedArticleConsumerTest, ConcurrentWritersTest) check it is applied under row locks.
 */
class VersionRulesTest {

    private static EnrichedArticle v(String sourceId, int version) {
        return builder(sourceId).version(version).build();
    }

    @Test
    void shouldInsertAnUnknownArticleAndUpdateAStoredOneWithANewerVersion() {
        EnrichedArticle fresh = v("fresh", 1);
        EnrichedArticle newer = v("known", 3);

        VersionRules.Decision decision = VersionRules.decide(List.of(fresh, newer), Map.of(newer.id(), 2));

        assertThat(decision.outcomes()).containsExactly(StoreOutcome.INSERTED, StoreOutcome.UPDATED);
        assertThat(decision.winners()).containsOnlyKeys(fresh.id(), newer.id());
    }

    @Test
    void shouldWriteNothingForARedeliveryOrAnOlderVersion() {
        EnrichedArticle same = v("same", 2);
        EnrichedArticle older = v("older", 1);

        VersionRules.Decision decision = VersionRules.decide(List.of(same, older), Map.of(same.id(), 2, older.id(), 2));

        assertThat(decision.outcomes()).containsExactly(StoreOutcome.DUPLICATE, StoreOutcome.STALE);
        assertThat(decision.winners()).isEmpty();
    }

    @Test
    void shouldKeepTheNewestVersionWhenOneBatchHoldsSeveral() {
        EnrichedArticle second = v("batch", 2);
        EnrichedArticle first = v("batch", 1);
        EnrichedArticle third = v("batch", 3);
        EnrichedArticle thirdAgain = v("batch", 3);

        VersionRules.Decision decision = VersionRules.decide(List.of(second, first, third, thirdAgain), Map.of());

        assertThat(decision.outcomes())
                .containsExactly(StoreOutcome.INSERTED, StoreOutcome.STALE, StoreOutcome.UPDATED, StoreOutcome.DUPLICATE);
        assertThat(decision.winners()).containsOnlyKeys(third.id());
        assertThat(decision.winners().get(third.id()).version()).isEqualTo(3);
    }
}
