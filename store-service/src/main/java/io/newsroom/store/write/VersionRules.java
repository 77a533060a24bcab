package io.newsroom.store.write;

import io.newsroom.schemas.EnrichedArticle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which events of a batch are written: an article is replaced only by a strictly newer version, so a redelivery
 * never creates a second row and an older version never overwrites a newer one, also when both arrive in the same
 * batch. A plain function of the batch and the stored versions; {@link ArticleUpsert} applies it under row locks.
 */
final class VersionRules {

    /**
     * @param outcomes the outcome of each event, in the order given
     * @param winners  the newest version of each article that is to be written, by id, in first-seen order
     */
    record Decision(List<StoreOutcome> outcomes, Map<String, EnrichedArticle> winners) {
    }

    private VersionRules() {
    }

    /** @param stored the version stored now of each article of the batch that has one */
    static Decision decide(List<EnrichedArticle> batch, Map<String, Integer> stored) {
        Map<String, Integer> versions = new HashMap<>(stored);
        List<StoreOutcome> outcomes = new ArrayList<>(batch.size());
        Map<String, EnrichedArticle> winners = new LinkedHashMap<>();
        for (EnrichedArticle article : batch) {
            Integer current = versions.get(article.id());
            if (current != null && article.version() == current) {
                outcomes.add(StoreOutcome.DUPLICATE);
            } else if (current != null && article.version() < current) {
                outcomes.add(StoreOutcome.STALE);
            } else {
                outcomes.add(current == null ? StoreOutcome.INSERTED : StoreOutcome.UPDATED);
                versions.put(article.id(), article.version());
                winners.put(article.id(), article);
            }
        }
        return new Decision(outcomes, winners);
    }
}
