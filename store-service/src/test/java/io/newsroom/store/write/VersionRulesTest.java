package io.newsroom.store.write;

import io.newsroom.schemas.EnrichedArticle;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.newsroom.store.EnrichedEvents.builder;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule behind "newest version wins" and exactly-once storing, as a plain function: no database, no Quarkus.
 * The stores' own tests (EnrichedArticleConsumerTest, ConcurrentWritersTest) check it is applied under row locks.
 * Re-enrichment (the same article version tagged again by another enricher, `./newsroom reenrich`) replaces the
 * stored tags only when it is the later enrichment.
 */
class VersionRulesTest {

    private static final Instant MORNING = Instant.parse("2026-11-26T08:00:00Z");
    private static final Instant NOON = Instant.parse("2026-11-26T12:00:00Z");
    private static final String OLD_MODEL = "nlp-engine/1.0 ner-model-aaaaaaaa";
    private static final String NEW_MODEL = "nlp-engine/1.0 ner-model-bbbbbbbb";

    private static EnrichedArticle v(String sourceId, int version) {
        return builder(sourceId).version(version).enrichedAt(MORNING).enricherVersion(OLD_MODEL).build();
    }

    private static EnrichedArticle enriched(String sourceId, int version, String enricher, Instant at) {
        return builder(sourceId).version(version).enricherVersion(enricher).enrichedAt(at).build();
    }

    /** What the store holds: version {@code version} enriched by the old model in the morning. */
    private static VersionRules.Stored stored(int version) {
        return new VersionRules.Stored(version, OLD_MODEL, MORNING);
    }

    @Test
    void shouldInsertAnUnknownArticleAndUpdateAStoredOneWithANewerVersion() {
        EnrichedArticle fresh = v("fresh", 1);
        EnrichedArticle newer = v("known", 3);

        VersionRules.Decision decision = VersionRules.decide(List.of(fresh, newer), Map.of(newer.id(), stored(2)));

        assertThat(decision.outcomes()).containsExactly(StoreOutcome.INSERTED, StoreOutcome.UPDATED);
        assertThat(decision.winners()).containsOnlyKeys(fresh.id(), newer.id());
    }

    @Test
    void shouldWriteNothingForARedeliveryOrAnOlderVersion() {
        EnrichedArticle same = v("same", 2);
        EnrichedArticle older = v("older", 1);

        VersionRules.Decision decision = VersionRules.decide(List.of(same, older), Map.of(same.id(), stored(2), older.id(), stored(2)));

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

    @Test
    void shouldReplaceTheStoredTagsWithALaterEnrichmentByAnotherEnricherOfTheSameVersion() {
        EnrichedArticle reenriched = enriched("reenriched", 2, NEW_MODEL, NOON);

        VersionRules.Decision decision = VersionRules.decide(List.of(reenriched), Map.of(reenriched.id(), stored(2)));

        assertThat(decision.outcomes()).containsExactly(StoreOutcome.REENRICHED);
        assertThat(decision.winners()).containsEntry(reenriched.id(), reenriched);
    }

    @Test
    void shouldKeepTheStoredTagsWhenAnEarlierEnrichmentOfTheSameVersionArrivesLate() {
        // The store holds the new model's tags; the old model's event of the same version is redelivered afterwards.
        EnrichedArticle lateOld = enriched("late-old", 2, OLD_MODEL, MORNING);
        VersionRules.Stored newModel = new VersionRules.Stored(2, NEW_MODEL, NOON);

        VersionRules.Decision decision = VersionRules.decide(List.of(lateOld), Map.of(lateOld.id(), newModel));

        assertThat(decision.outcomes()).containsExactly(StoreOutcome.DUPLICATE);
        assertThat(decision.winners()).isEmpty();
    }

    @Test
    void shouldTreatALaterEnrichmentByTheSameEnricherAsARedelivery() {
        // A replay without a model change tags identically: nothing to rewrite, nothing for the change stream.
        EnrichedArticle sameModel = enriched("same-model", 2, OLD_MODEL, NOON);

        VersionRules.Decision decision = VersionRules.decide(List.of(sameModel), Map.of(sameModel.id(), stored(2)));

        assertThat(decision.outcomes()).containsExactly(StoreOutcome.DUPLICATE);
        assertThat(decision.winners()).isEmpty();
    }

    @Test
    void shouldNeverLetAReenrichedOlderVersionReplaceANewerOne() {
        EnrichedArticle oldVersionNewModel = enriched("old-version", 1, NEW_MODEL, NOON);

        VersionRules.Decision decision = VersionRules.decide(List.of(oldVersionNewModel),
                Map.of(oldVersionNewModel.id(), stored(2)));

        assertThat(decision.outcomes()).containsExactly(StoreOutcome.STALE);
        assertThat(decision.winners()).isEmpty();
    }

    @Test
    void shouldKeepTheLatestEnrichmentWhenOneBatchHoldsBothOfTheSameVersion() {
        EnrichedArticle latest = enriched("both", 1, NEW_MODEL, NOON);
        EnrichedArticle earlier = enriched("both", 1, OLD_MODEL, MORNING);

        VersionRules.Decision decision = VersionRules.decide(List.of(earlier, latest, earlier), Map.of());

        assertThat(decision.outcomes())
                .containsExactly(StoreOutcome.INSERTED, StoreOutcome.REENRICHED, StoreOutcome.DUPLICATE);
        assertThat(decision.winners().get(latest.id()).enricherVersion()).isEqualTo(NEW_MODEL);
    }
}
