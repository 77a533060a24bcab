package io.newsroom.nlp.hygiene;

import io.newsroom.nlp.analysis.Mention;
import io.newsroom.nlp.linking.RawMention;

import java.util.Arrays;

/** The recogniser's mentions as the hygiene tests give them: a span's first occurrence, typed and scored. */
final class Mentions {

    private Mentions() {
    }

    /** The body mention of {@code span} (its first occurrence in {@code text}). */
    static RawMention body(String text, String span, String type, double confidence) {
        return at(Mention.BODY_TEXT, text, span, type, confidence);
    }

    /** The body mention of {@code span} at its last occurrence: "Kok" alone after "Wim Kok" (mentions never overlap). */
    static RawMention lastInBody(String text, String span, String type, double confidence) {
        int start = text.lastIndexOf(span);
        return new RawMention(Mention.BODY_TEXT, start, start + span.length(), span, Arrays.asList(span.split(" ")), type,
                confidence, false);
    }

    /** The headline mention of {@code span}. */
    static RawMention head(String headline, String span, String type) {
        return at(Mention.HEADLINE, headline, span, type, 0.8);
    }

    private static RawMention at(String field, String text, String span, String type, double confidence) {
        int start = text.indexOf(span);
        return new RawMention(field, start, start + span.length(), span, Arrays.asList(span.split(" ")), type, confidence, false);
    }
}
