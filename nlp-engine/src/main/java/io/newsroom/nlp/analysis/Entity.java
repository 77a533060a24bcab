package io.newsroom.nlp.analysis;

import java.util.List;

/**
 * One real-world entity of an article, with all its mentions merged.
 *
 * @param type         PERSON, ORGANIZATION, LOCATION or MISC
 * @param name         canonical name (gazetteer name when linked, else the longest mention)
 * @param key          stable key across articles: {@code "wikidata:Q123"} when linked, else {@code "<type>:<slug>"}
 * @param wikidataId   Wikidata id such as {@code "Q123"}, or null when the gazetteers do not know the entity
 * @param mentionCount number of mentions (headline and body)
 * @param mentions     where the entity is mentioned
 * @param confidence   0..1
 */
public record Entity(String type,
                     String name,
                     String key,
                     String wikidataId,
                     int mentionCount,
                     List<Mention> mentions,
                     double confidence) {
    public Entity {
        mentions = List.copyOf(mentions);
    }
}
