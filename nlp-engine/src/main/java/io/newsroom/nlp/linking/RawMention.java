package io.newsroom.nlp.linking;

import java.util.List;

/**
 * A mention as the recogniser found it, before merging.
 *
 * @param field      "headline" or "bodyText"
 * @param start      char offset into that field
 * @param end        exclusive char offset
 * @param text       surface text
 * @param tokens     surface tokens
 * @param type       PERSON, ORGANIZATION, LOCATION or MISC
 * @param confidence 0..1
 * @param titled     preceded by a title ("President", "Mr") that was kept outside the name
 */
public record RawMention(String field, int start, int end, String text, List<String> tokens, String type,
                         double confidence, boolean titled) {
}
