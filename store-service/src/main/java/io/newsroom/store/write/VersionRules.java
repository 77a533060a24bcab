package io.newsroom.store.write;

import io.newsroom.schemas.EnrichedArticle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which events of a batch are written: an article is replaced only by a strictly newer version, so a redelivery
 * never creates a second row and an older version never overwrites a newer one, also when both arrive in the same
 * batch; or by the same version re-enriched later by another enricher ({@link StoreOutcome#REENRICHED}). A plain function of the batch and the stored versions; {@link ArticleUpsert} applies it under row locks.
 */
final class VersionRules {

    /**
     * @param outcomes the outcome of each event, in the order given
     * @param winners  the newest version of each article that is to be written, by id, in first-seen order
     */
    record Decision(List<StoreOutcome> outcomes, Map<String, EnrichedArticle> winners) {
    }

    /** What decides between two events of one article: its version, then which enricher tagged it and when. */
    record Stored(int version, String enricherVersion, Instant enrichedAt) {

        static Stored of(EnrichedArticle article) {
            return new Stored(article.version(), article.enricherVersion(), article.enrichedAt());
        }
    }

    private VersionRules() {
    }

    /** @param stored what is stored now of each article of the batch that has a row */
    static Decision decide(List<EnrichedArticle> batch, Map<String, Stored> stored) {
        Map<String, Stored> versions = new HashMap<>(stored);
        List<StoreOutcome> outcomes = new ArrayList<>(batch.size());
        Map<String, EnrichedArticle> winners = new LinkedHashMap<>();
        for (EnrichedArticle article : batch) {
            Stored current = versions.get(article.id());
            if (current != null && article.version() == current.version()) {
                if (reenriched(article, current)) {
                    outcomes.add(StoreOutcome.REENRICHED);
                    versions.put(article.id(), Stored.of(article));
                    winners.put(article.id(), article);
                } else {
                    outcomes.add(StoreOutcome.DUPLICATE);
                }
            } else if (current != null && article.version() < current.version()) {
                outcomes.add(StoreOutcome.STALE);
            } else {
                outcomes.add(current == null ? StoreOutcome.INSERTED : StoreOutcome.UPDATED);
                versions.put(article.id(), Stored.of(article));
                winners.put(article.id(), article);
            }
        }
        return new Decision(outcomes, winners);
    }

    /**
     * The same version tagged again by another enricher (a model change), later than the stored tags: it replaces them.
     * An earlier enrichment (a late redelivery of the old model's event) never does, and neither does the same
     * enricher again (a replay without a model change tags identically). Enricher versions are names, not an order
     * (they end in a model hash), so "later" is the enrichment time: a rollback to the old model and a replay wins too.
     */
    private static boolean reenriched(EnrichedArticle article, Stored current) {
        return !Objects.equals(article.enricherVersion(), current.enricherVersion())
                && article.enrichedAt() != null
                && (current.enrichedAt() == null || article.enrichedAt().isAfter(current.enrichedAt()));
    }
}
