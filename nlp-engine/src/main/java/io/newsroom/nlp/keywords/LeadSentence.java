package io.newsroom.nlp.keywords;

import io.newsroom.nlp.text.Sentence;

import java.util.List;

/**
 * The one-line summary: the lead sentence of the body, skipping datelines, bylines and tag lines (short
 * segments without a verb-like lower-case word), falling back to the headline.
 */
public final class LeadSentence {

    static final int MIN_TOKENS = 6;
    static final int MAX_CHARS = 400;

    public String pick(String bodyText, List<Sentence> bodySentences, String headline) {
        for (Sentence s : bodySentences) {
            if (s.tokens().size() >= MIN_TOKENS && hasLowerCaseWord(s, bodyText)) {
                String text = s.text(bodyText).replace('\n', ' ');
                return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS - 1).strip() + "\u2026";
            }
        }
        return headline == null ? "" : headline.strip();
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
