package io.newsroom.nlp.train;

import java.util.List;
import java.util.Set;

/**
 * Rebuilds readable text from CoNLL-2003 (Penn-Treebank-style) tokens: no space before closing punctuation and
 * clitics ({@code 's}, {@code n't}), none after opening brackets and currency signs, straight double quotes
 * alternating open/close across the document. One CoNLL sentence per line, because the corpus splits at the
 * wire copy's line breaks too (tables, datelines), and the engine's sentence splitter joins a line that goes
 * on in lower case anyway.
 */
public final class ConllDetokenizer {

    private static final Set<String> NO_SPACE_BEFORE = Set.of(".", ",", ";", ":", "!", "?", ")", "]", "}", "%",
            "'", "'s", "'S", "n't", "N'T", "'re", "'ve", "'ll", "'d", "'m", "...");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "$", "`", "``", "#");

    private ConllDetokenizer() {
    }

    /** One document: the first sentence is the headline line, each further sentence its own line. */
    public static String document(List<String[]> sentences) {
        boolean[] quoteOpen = {false};
        StringBuilder sb = new StringBuilder();
        for (String[] sentence : sentences) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(sentence(sentence, quoteOpen));
        }
        return sb.append('\n').toString();
    }

    /** One sentence on its own (quotes start closed). */
    public static String sentence(String[] tokens) {
        return sentence(tokens, new boolean[]{false});
    }

    private static String sentence(String[] tokens, boolean[] quoteOpen) {
        StringBuilder sb = new StringBuilder();
        boolean glueNext = true; // no space before the first token
        for (String t : tokens) {
            boolean quote = t.equals("\"");
            boolean closingQuote = quote && quoteOpen[0];
            boolean glue = glueNext || NO_SPACE_BEFORE.contains(t) || closingQuote;
            if (!glue) {
                sb.append(' ');
            }
            sb.append(t);
            if (quote) {
                quoteOpen[0] = !quoteOpen[0];
            }
            glueNext = NO_SPACE_AFTER.contains(t) || (quote && !closingQuote);
        }
        return sb.toString();
    }
}
