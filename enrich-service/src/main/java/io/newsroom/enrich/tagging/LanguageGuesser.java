package io.newsroom.enrich.tagging;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Guesses the language from its most frequent function words; "und" when the text gives no evidence. */
final class LanguageGuesser {

    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "was", "said", "he", "it", "by"),
            "fr", Set.of("le", "la", "les", "et", "des", "est", "une", "dans", "pour", "que", "qui", "sur", "du", "au", "pas"),
            "de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "sich", "des", "auf", "für", "ein", "eine", "dem", "den"),
            "es", Set.of("el", "los", "las", "y", "que", "en", "del", "por", "una", "con", "para", "es", "se", "al", "como"),
            "it", Set.of("il", "di", "che", "e", "la", "per", "non", "un", "una", "sono", "del", "della", "con", "gli", "nel"),
            "pt", Set.of("o", "os", "as", "que", "de", "não", "uma", "para", "com", "do", "da", "em", "é", "ao", "dos"),
            "nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "niet", "op", "met", "voor", "zijn", "ook", "aan", "bij"));

    private LanguageGuesser() {
    }

    static String guess(String text) {
        Map<String, Integer> scores = new java.util.HashMap<>();
        var words = WORD.matcher(text.toLowerCase(Locale.ROOT));
        int seen = 0;
        while (words.find() && seen < 2000) {
            seen++;
            String word = words.group();
            FUNCTION_WORDS.forEach((lang, set) -> {
                if (set.contains(word)) {
                    scores.merge(lang, 1, Integer::sum);
                }
            });
        }
        return scores.entrySet().stream()
                .filter(e -> e.getValue() >= 2)
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse("und");
    }
}
