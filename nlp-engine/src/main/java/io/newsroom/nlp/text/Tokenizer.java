package io.newsroom.nlp.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rule-based tokenizer in the style of the CoNLL-2003 / Penn conventions, so that the NER model sees tokens
 * like the ones it was trained on. Hyphenated words stay whole ("Kassym-Jomart", "1996-08-22"), possessive
 * "'s" is split off, known abbreviations and initials keep their dot, URLs/e-mails/hashtags are one token,
 * and every other symbol (including emoji sequences) is a token of its own. Stateless and thread-safe.
 */
public final class Tokenizer {

    /** Abbreviations that keep their dot (and therefore do not end a sentence). Lowercase, without the dot. */
    static final Set<String> ABBREVIATIONS = Set.copyOf(java.util.List.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr",
            "adm", "maj", "rev", "hon", "pres", "supt", "insp", "det", "jr", "sr", "inc", "corp", "ltd", "co",
            "plc", "bros", "vs", "etc", "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "mt", "ft", "ave", "blvd", "dept", "est", "approx", "fig", "vol", "cf",
            "e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m"));

    public List<Token> tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    /** Tokenizes {@code text[from, to)}; offsets are into {@code text}. */
    public List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>(Math.max(16, (to - from) / 5));
        int i = from;
        while (i < to) {
            int cp = text.codePointAt(i);
            if (isSeparator(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int end;
            if (isWordChar(cp)) {
                end = urlOrEmailEnd(text, i, to);
                if (end < 0) {
                    end = wordEnd(text, i, to);
                    int possessive = possessiveStart(text, i, end);
                    if (possessive > 0) {
                        out.add(new Token(text.substring(i, possessive), i, possessive));
                        i = possessive;
                    }
                }
            } else if ((cp == '#' || cp == '@') && i + 1 < to && Character.isLetter(text.codePointAt(i + 1))) {
                end = wordEnd(text, i + 1, to);
            } else if (isApostrophe(cp) && i + 1 < to && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 >= to || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
                end = i + 2; // a possessive after a closing quote or bracket
            } else {
                end = symbolEnd(text, i, to, cp);
            }
            out.add(new Token(text.substring(i, end), i, end));
            i = end;
        }
        return out;
    }

    private static boolean isSeparator(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x200B || cp == 0xFEFF
                || cp == 0x00AD || Character.getType(cp) == Character.CONTROL;
    }

    static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u02BC';
    }

    static boolean isHyphen(int cp) {
        return cp == '-' || cp == '\u2010' || cp == '\u2011';
    }

    /** End of a word: letters/digits joined by hyphens, apostrophes, '&' (AT&T), dots/commas inside numbers. */
    private static int wordEnd(String text, int start, int to) {
        int i = start;
        while (i < to) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            if (isWordChar(cp)) {
                i += n;
                continue;
            }
            int next = i + n < to ? text.codePointAt(i + n) : -1;
            int prev = text.codePointBefore(i);
            boolean joins = next >= 0 && isWordChar(next) && (isHyphen(cp) || isApostrophe(cp) || cp == '/' && Character.isDigit(prev) && Character.isDigit(next)
                    || cp == '&' && Character.isUpperCase(prev) && Character.isUpperCase(next)
                    || (cp == '.' || cp == ',' || cp == ':') && Character.isDigit(prev) && Character.isDigit(next));
            if (!joins) {
                break;
            }
            i += n;
        }
        // "U.S." / "e.g.": single letters joined by dots keep all their dots.
        if (i < to && text.charAt(i) == '.' && i - start == 1 && Character.isLetter(text.charAt(start))) {
            int j = i;
            while (j + 2 < to && text.charAt(j) == '.' && Character.isLetter(text.charAt(j + 1))
                    && text.charAt(j + 2) == '.') {
                j += 2;
            }
            if (j > i) {
                return j + 1;
            }
        }
        // Known abbreviations ("Mr.", "Inc.") and initials ("J.") keep their dot.
        if (i < to && text.charAt(i) == '.') {
            boolean initial = i - start == 1 && Character.isUpperCase(text.charAt(start));
            if (initial || ABBREVIATIONS.contains(text.substring(start, i).toLowerCase(java.util.Locale.ROOT))) {
                return i + 1;
            }
        }
        return i;
    }

    /** Start of a trailing "'s" to split off ("Tokayev's" -> "Tokayev" + "'s"), or -1. */
    private static int possessiveStart(String text, int start, int end) {
        if (end - start >= 3) {
            char s = text.charAt(end - 1);
            if ((s == 's' || s == 'S') && isApostrophe(text.charAt(end - 2))) {
                return end - 2;
            }
        }
        return -1;
    }

    private static int urlOrEmailEnd(String text, int start, int to) {
        boolean url = text.startsWith("http://", start) || text.startsWith("https://", start)
                || text.startsWith("www.", start);
        int j = start;
        boolean at = false;
        while (j < to && !isSeparator(text.codePointAt(j))) {
            char c = text.charAt(j);
            if (c == '@') {
                at = true;
            }
            if (!url && !(Character.isLetterOrDigit(c) || c == '@' || c == '.' || c == '_' || c == '-' || c == '+')) {
                break;
            }
            j += Character.charCount(text.codePointAt(j));
        }
        if (!url && !(at && text.lastIndexOf('.', j - 1) > text.indexOf('@', start))) {
            return -1;
        }
        while (j > start && ".,;:!?)\"'".indexOf(text.charAt(j - 1)) >= 0) {
            j--; // trailing punctuation belongs to the sentence, not to the address
        }
        return j;
    }

    /** Runs of the same punctuation ("...", "--") are one token; an emoji with its modifiers/ZWJ parts is one. */
    private static int symbolEnd(String text, int start, int to, int cp) {
        int n = Character.charCount(cp);
        int i = start + n;
        if (cp == '.' || cp == '-' || cp == '!' || cp == '?' || cp == '*' || cp == '=') {
            while (i < to && text.charAt(i) == cp) {
                i++;
            }
            return i;
        }
        while (i < to) {
            int next = text.codePointAt(i);
            boolean joiner = next == 0x200D || (next >= 0xFE00 && next <= 0xFE0F) || (next >= 0x1F3FB && next <= 0x1F3FF)
                    || (next >= 0xE0020 && next <= 0xE007F) || next == 0x20E3;
            boolean afterZwj = text.codePointBefore(i) == 0x200D && !isSeparator(next) && !isWordChar(next);
            boolean flagPair = isRegionalIndicator(cp) && isRegionalIndicator(next) && i == start + n;
            if (!(joiner || afterZwj || flagPair)) {
                break;
            }
            i += Character.charCount(next);
        }
        return i;
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }
}
