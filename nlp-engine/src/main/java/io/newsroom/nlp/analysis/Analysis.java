package io.newsroom.nlp.analysis;

import java.util.List;

/**
 * Everything the engine found in one article.
 *
 * @param language   ISO 639-1 code, {@code "und"} when the text gives too little evidence
 * @param bodyText   clean plain text of the body (HTML stripped); mention offsets point into it
 * @param categories IPTC Media Topics, highest confidence first; empty for non-English text
 * @param entities   named entities, one per real-world entity; empty for non-English text
 * @param keywords   a handful of salient terms
 * @param summary    the lead sentence
 */
public record Analysis(String language,
                       String bodyText,
                       List<Category> categories,
                       List<Entity> entities,
                       List<String> keywords,
                       String summary) {
    public Analysis {
        categories = List.copyOf(categories);
        entities = List.copyOf(entities);
        keywords = List.copyOf(keywords);
    }
}
