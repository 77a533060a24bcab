package io.newsroom.nlp.linking;

import io.newsroom.nlp.text.Token;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds acronyms defined in the text: "Conference on Interaction and Confidence-Building Measures in Asia
 * (CICA)" defines CICA. The long form is the shortest run of tokens before the bracket whose initials
 * (ignoring function words; a hyphenated word may give one initial per part) spell the acronym.
 */
public final class AcronymFinder {

    static final Set<String> SKIPPABLE = Set.copyOf(java.util.List.of("of", "on", "and", "the", "for", "in", "de", "du", "des",
            "la", "le", "et", "to", "at", "&", "a", "an", "des", "y", "del", "der", "für", "und"));
    private static final int MAX_LONG_FORM = 14;
    private static final int MAX_SKIPPED = 3;

    /** An acronym defined in the text, with the char range of its long form. */
    public record Definition(String acronym, String longForm, int start, int end) {
    }

    /** Acronym -> definition, for every definition in the tokens (the first one wins). */
    public Map<String, Definition> find(String text, List<Token> tokens) {
        Map<String, Definition> out = new HashMap<>();
        for (int i = 1; i + 2 < tokens.size(); i++) {
            if (!tokens.get(i).text().equals("(") || !tokens.get(i + 2).text().equals(")")) {
                continue;
            }
            String acronym = tokens.get(i + 1).text();
            if (!isAcronym(acronym)) {
                continue;
            }
            int start = longFormStart(tokens, i, acronym.replace(".", "").replace("&", ""));
            if (start >= 0) {
                int from = tokens.get(start).start();
                int to = tokens.get(i - 1).end();
                out.putIfAbsent(acronym, new Definition(acronym, text.substring(from, to), from, to));
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile("\\((\\p{Lu}{2,6})\\)");

    /**
     * Acronyms the text defines by words in lower case, which name a thing, not a body: "liquefied natural gas (LNG)",
     * "artificial intelligence (AI)". The recogniser's mentions of them are no entities.
     */
    public static Set<String> commonNounAcronyms(String text) {
        Set<String> out = new java.util.HashSet<>();
        java.util.regex.Matcher m = BRACKETED.matcher(text);
        while (m.find()) {
            String acronym = m.group(1);
            String[] words = text.substring(Math.max(0, m.start() - 120), m.start()).strip().split("[^\\p{L}-]+");
            int letter = acronym.length();
            for (int k = words.length - 1; k >= 0 && letter > 0; k--) {
                String w = words[k];
                if (w.isEmpty() || SKIPPABLE.contains(w)) {
                    continue;
                }
                if (!Character.isLowerCase(w.charAt(0)) || Character.toUpperCase(w.charAt(0)) != acronym.charAt(letter - 1)) {
                    break;
                }
                letter--;
            }
            if (letter == 0) {
                out.add(acronym);
            }
        }
        return out;
    }

    static boolean isAcronym(String s) {
        int upper = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (!(c == '.' || c == '&' || Character.isLowerCase(c) && k > 0)) {
                return false;
            }
        }
        return upper >= 2 && s.length() <= 10 && Character.isUpperCase(s.charAt(0));
    }

    /**
     * Walks back from the bracket matching the acronym's letters, from its end, to word initials (a
     * hyphenated word gives one initial per part). Function words and up to {@link #MAX_SKIPPED} other words
     * may be skipped: "Confidence-Building Measures" contributes only its C to CICA.
     */
    private static int longFormStart(List<Token> tokens, int bracket, String acronym) {
        String letters = acronym.replaceAll("[^A-Za-z]", "").toUpperCase();
        int pos = letters.length();
        int skipped = 0;
        for (int k = bracket - 1; k >= 0 && bracket - k <= MAX_LONG_FORM; k--) {
            String w = tokens.get(k).text();
            if (SKIPPABLE.contains(w.toLowerCase())) {
                continue;
            }
            if (!Character.isLetter(w.charAt(0))) {
                return -1;
            }
            String[] parts = w.split("-");
            for (int p = parts.length - 1; p >= 0 && pos > 0; p--) {
                if (!parts[p].isEmpty() && Character.toUpperCase(parts[p].charAt(0)) == letters.charAt(pos - 1)) {
                    pos--;
                } else if (++skipped > MAX_SKIPPED) {
                    return -1;
                }
            }
            if (pos == 0) {
                return Character.isUpperCase(w.charAt(0)) ? k : -1;
            }
        }
        return -1;
    }
}
