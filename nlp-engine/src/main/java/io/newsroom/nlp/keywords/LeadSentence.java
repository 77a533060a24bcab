package io.newsroom.nlp.keywords;

import io.newsroom.nlp.text.Sentence;

import java.util.List;

/**
 * The one-line summary: the lead sentence of the body, skipping datelines, bylines and tag lines (short
 * segments without a verb-like lower-case word); a body without such a sentence gives its first words; only an empty
 * body falls back to the headline. Give it the story text (furniture blanked out), so a credit is never summary.
 */
public final class LeadSentence {

    static final int MIN_TOKENS = 6;
    static final int MAX_CHARS = 400;

    public String pick(String bodyText, List<Sentence> bodySentences, String headline) {
        // A body that opens with the headline again (a web page's <h1>) starts its story after it.
        String repeated = headline == null ? "" : headline.replaceAll("\\s+", " ").strip();
        for (Sentence s : bodySentences) {
            if (s.tokens().size() >= MIN_TOKENS && hasLowerCaseWord(s, bodyText) && !text(s, bodyText).isEmpty()
                    && !text(s, bodyText).equalsIgnoreCase(repeated)) {
                return shortened(text(s, bodyText));
            }
        }
        for (Sentence s : bodySentences) {
            if (!text(s, bodyText).isEmpty()) {
                return shortened(text(s, bodyText));
            }
        }
        return headline == null ? "" : headline.strip();
    }

    /** The sentence on one line, blanked furniture and runs of spaces collapsed. */
    private static String text(Sentence s, String bodyText) {
        return s.text(bodyText).replaceAll("\\s+", " ").strip();
    }

    private static String shortened(String text) {
        return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS - 1).strip() + "\u2026";
    }

    private static boolean hasLowerCaseWord(Sentence s, String text) {
        int lower = 0;
        for (var t : s.tokens()) {
            if (Character.isLowerCase(t.text().codePointAt(0)) && t.text().length() > 2) {
                lower++;
            }
        }
        return lower >= 2;
    }
}
