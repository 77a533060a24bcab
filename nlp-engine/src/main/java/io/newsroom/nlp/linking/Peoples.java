package io.newsroom.nlp.linking;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Words for peoples that the country list does not carry: continental adjectives ("European", "Asian") and the nouns
 * English uses for a country's people where they differ from its adjective ("Spaniard" for Spanish, "Turks" for
 * Turkish). An article's "Turks" and "Turkish" are one people, as its "Armenians" and "Armenian" are.
 */
public final class Peoples {

    /**
     * Continental and regional adjectives the country list does not carry. Not "Pacific", "Atlantic" or "Gulf": alone,
     * those are the ocean or the region ("both sides of the Atlantic", "the Pacific coast"), places.
     */
    private static final Set<String> CONTINENTAL = Set.of("asian", "european", "african", "american", "arab",
            "latin american", "caribbean", "nordic", "scandinavian", "baltic", "balkan", "soviet", // "Soviet-built": MISC, as CoNLL
            "turkic", "slavic"); // peoples of one language family: "Turkic leaders", "Slavic nations"

    /** The continental adjectives whose plural names people ("Europeans", "Arabs"). */
    private static final Set<String> CONTINENTAL_PEOPLE = Set.of("asian", "european", "african", "american", "arab",
            "latin american", "caribbean", "scandinavian");

    /** A people's noun (singular) and the adjective the country list has for them. */
    private static final Map<String, String> NOUN_TO_ADJECTIVE = Map.ofEntries(
            Map.entry("spaniard", "Spanish"), Map.entry("turk", "Turkish"), Map.entry("serb", "Serbian"),
            Map.entry("azeri", "Azerbaijani"), Map.entry("briton", "British"), Map.entry("brit", "British"),
            Map.entry("dane", "Danish"), Map.entry("swede", "Swedish"), Map.entry("finn", "Finnish"),
            Map.entry("pole", "Polish"), Map.entry("croat", "Croatian"), Map.entry("scot", "Scottish"),
            Map.entry("swiss", "Swiss"), Map.entry("dutchman", "Dutch"), Map.entry("frenchman", "French"),
            Map.entry("englishman", "English"), Map.entry("irishman", "Irish"), Map.entry("welshman", "Welsh"),
            Map.entry("hongkonger", "Hong Konger"), Map.entry("kazakhstani", "Kazakh"), Map.entry("uzbekistani", "Uzbek"),
            Map.entry("kyrgyzstani", "Kyrgyz"), Map.entry("tajikistani", "Tajik"), Map.entry("turkmenistani", "Turkmen"));

    private Peoples() {
    }

    /** Whether the name is a continental or regional adjective ("European", "Latin American"). */
    public static boolean isContinental(String name) {
        return CONTINENTAL.contains(name.toLowerCase(Locale.ROOT));
    }

    /**
     * The adjective of the people a noun names, singular or plural ("Spaniards" → "Spanish", "Europeans" → "European");
     * the word itself when it is a continental adjective; null for any other word.
     */
    public static String adjectiveOf(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String singular = lower.endsWith("s") && !lower.equals("swiss") ? lower.substring(0, lower.length() - 1) : lower;
        String adjective = NOUN_TO_ADJECTIVE.get(singular);
        if (adjective == null && lower.endsWith("men")) {
            adjective = NOUN_TO_ADJECTIVE.get(lower.substring(0, lower.length() - 3) + "man");
        }
        if (adjective != null) {
            return adjective;
        }
        // "Europeans" are people, "the Balkans" and "the Baltics" are places.
        return isContinental(lower) ? word : CONTINENTAL_PEOPLE.contains(singular) ? word.substring(0, word.length() - 1) : null;
    }
}
