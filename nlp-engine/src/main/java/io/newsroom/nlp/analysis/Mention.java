package io.newsroom.nlp.analysis;

/**
 * Where an entity is mentioned.
 *
 * @param field {@code "headline"} or {@code "bodyText"}
 * @param start first char offset into that field
 * @param end   char offset after the mention (exclusive)
 */
public record Mention(String field, int start, int end) {
    public static final String HEADLINE = "headline";
    public static final String BODY_TEXT = "bodyText";
    /** Reading order: the headline's mentions first, then each field's by position. */
    public static final java.util.Comparator<Mention> READING_ORDER = java.util.Comparator
            .comparingInt((Mention m) -> HEADLINE.equals(m.field()) ? 0 : 1).thenComparingInt(Mention::start);
}
