package io.newsroom.nlp.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits tokens into sentences. Besides terminal punctuation it treats a line break as a boundary (unless the
 * next line starts in lower case, i.e. the line was hard-wrapped), so a headline, a dateline or a tag line is
 * never merged with the next sentence; a dateline such as "LONDON (Reuters) -" at the start of a line is a
 * segment of its own. Very long runs without punctuation are cut so one pathological input cannot blow up
 * the decoder. Stateless and thread-safe.
 */
public final class SentenceSplitter {

    static final int MAX_SENTENCE_TOKENS = 150;

    public List<Sentence> split(String text, List<Token> tokens) {
        List<Sentence> out = new ArrayList<>();
        int begin = 0;
        for (int i = 0; i < tokens.size(); i++) {
            boolean last = i == tokens.size() - 1;
            if (last || isBoundary(text, tokens, begin, i) || i - begin + 1 >= MAX_SENTENCE_TOKENS) {
                out.add(new Sentence(tokens.subList(begin, i + 1)));
                begin = i + 1;
            }
        }
        return out;
    }

    private static boolean isBoundary(String text, List<Token> tokens, int begin, int i) {
        Token tok = tokens.get(i);
        Token next = tokens.get(i + 1);
        String gap = text.substring(tok.end(), next.start());
        if (gap.indexOf('\n') >= 0 || gap.indexOf('\u2029') >= 0) {
            return !startsLowerCase(next.text()) || gap.indexOf('\n') != gap.lastIndexOf('\n');
        }
        if (isClosing(next.text()) && gap.isEmpty() && endsSentence(tokens, i)) {
            return false; // the closing quote/bracket belongs to this sentence; the boundary comes after it
        }
        if (endsSentence(tokens, i) || isClosing(tok.text()) && i > begin && endsSentence(tokens, i - 1)) {
            return !startsLowerCase(next.text()) && !gap.isEmpty();
        }
        return isDatelineDash(text, tokens, begin, i);
    }

    private static boolean endsSentence(List<Token> tokens, int i) {
        String t = tokens.get(i).text();
        if (t.equals(".") || t.equals("!") || t.equals("?") || t.equals("\u2026") || t.startsWith("..")
                || t.startsWith("!!") || t.startsWith("??")) {
            return true;
        }
        return false;
    }

    private static boolean isClosing(String t) {
        return t.equals("\"") || t.equals("\u201D") || t.equals("\u2019") || t.equals("'") || t.equals(")")
                || t.equals("]") || t.equals("\u00BB");
    }

    private static boolean startsLowerCase(String t) {
        return Character.isLowerCase(t.codePointAt(0));
    }

    /** "WASHINGTON, May 5 (Reuters) -": an upper-case place at the start of a line followed by a dash. */
    private static boolean isDatelineDash(String text, List<Token> tokens, int begin, int i) {
        String t = tokens.get(i).text();
        if (!(t.equals("-") || t.equals("--") || t.equals("\u2013") || t.equals("\u2014")) || i == begin || i - begin > 10) {
            return false;
        }
        Token first = tokens.get(begin);
        boolean lineStart = begin == 0 || text.substring(tokens.get(begin - 1).end(), first.start()).indexOf('\n') >= 0;
        if (!lineStart) {
            return false;
        }
        if (!isAllCapsWord(first.text())) {
            return false;
        }
        for (int k = begin + 1; k < i; k++) {
            String w = tokens.get(k).text();
            if (Character.isLowerCase(w.codePointAt(0)) && !w.equals("de") && !w.equals("al")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAllCapsWord(String w) {
        boolean letter = false;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter && w.length() > 1;
    }
}
