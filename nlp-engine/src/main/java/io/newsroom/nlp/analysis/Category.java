package io.newsroom.nlp.analysis;

/**
 * One IPTC Media Topic assigned to an article.
 *
 * @param code       QCode, e.g. {@code "medtop:11000000"}
 * @param label      IPTC English name
 * @param confidence 0..1
 */
public record Category(String code, String label, double confidence) {
}
