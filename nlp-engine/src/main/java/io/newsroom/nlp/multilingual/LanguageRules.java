package io.newsroom.nlp.multilingual;

import io.newsroom.nlp.text.TextKeys;

import java.util.Map;
import java.util.Set;

/**
 * Per-language stop rules for the gazetteer spotter. Only spans found in a gazetteer can be entities, so a capitalised
 * sentence start or a German noun is no entity by itself; these lists stop the remaining collisions: a function word
 * that, capitalised at a sentence start, spells an English alias ("Un" is not the UN, "Die" not a place), and German
 * nouns that are also the English name of a city ("Essen" is food before it is the city).
 */
final class LanguageRules {

    private static final Map<String, Set<String>> STOP = Map.of(
            "fr", Set.of("un", "une", "le", "la", "les", "des", "du", "de", "son", "sa", "ses", "mais", "or", "car", "tout",
                    "pour", "par", "sur", "dans", "avec", "en", "au", "aux", "ce", "cette", "il", "elle", "on", "nous", "ont",
                    "est", "mars", "mai", "nice", "orange", "tours", "lens", "pau"),
            "de", Set.of("die", "der", "das", "den", "dem", "des", "ein", "eine", "und", "im", "am", "um", "an", "in", "es",
                    "man", "bei", "mit", "so", "wo", "essen", "halle", "hof", "bad", "mode", "weil", "bonn-bad", "will",
                    "mai"),
            "es", Set.of("el", "la", "los", "las", "un", "una", "al", "del", "de", "en", "con", "por", "para", "se", "su",
                    "sus", "mas", "sin", "sobre", "este", "esta", "son", "mar", "sur", "colonia", "granada", "leon", "mayo",
                    "marzo", "victoria"));

    /**
     * Titles and offices that stand before a name and are capitalised in a sentence or as a German noun: a trained
     * model's PERSON span starts after them ("Le Premier ministre" is no person), as the English engine moves titles
     * out of PERSON spans.
     */
    private static final Map<String, Set<String>> TITLES = Map.of(
            "fr", Set.of("premier", "premiere", "president", "presidente", "ministre", "monsieur", "madame", "m.", "mme",
                    "general", "chancelier", "chanceliere", "roi", "reine", "pape", "secretaire", "maire", "docteur", "dr"),
            "de", Set.of("premier", "premierminister", "premierministerin", "prasident", "prasidentin", "bundeskanzler",
                    "bundeskanzlerin", "kanzler", "kanzlerin", "minister", "ministerin", "herr", "frau", "trainer",
                    "konig", "konigin", "papst", "dr", "dr.", "burgermeister", "burgermeisterin"),
            "es", Set.of("presidente", "presidenta", "ministro", "ministra", "primer", "primera", "rey", "reina", "papa",
                    "senor", "senora", "sr.", "sra.", "don", "dona", "general", "alcalde", "alcaldesa", "canciller"));

    private LanguageRules() {
    }

    /** Whether this token is a title or office in this language ("Premier", "Präsidentin", "ministra"). */
    static boolean isTitle(String language, String token) {
        return TITLES.getOrDefault(language, Set.of()).contains(TextKeys.key(token));
    }

    /**
     * Whether a one-token span must not become an entity in this language: a function word or common noun of it, or
     * a short word that matches an English alias only by case folding (an acronym such as UN or WHO counts only when
     * written in capitals; "Paris" or "Iran", the entity's own name, always counts).
     */
    static boolean stops(String language, String token, String canonical, boolean fromLanguageList) {
        if (STOP.getOrDefault(language, Set.of()).contains(TextKeys.key(token))) {
            return !isAllCaps(token) || token.length() > 3;
        }
        return !fromLanguageList && token.length() <= 4 && !isAllCaps(token) && !TextKeys.key(token).equals(TextKeys.key(canonical));
    }

    static boolean isAllCaps(String token) {
        boolean letter = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }
}
