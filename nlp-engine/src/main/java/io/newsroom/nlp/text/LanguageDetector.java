package io.newsroom.nlp.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Language identification (ISO 639-1) from the script and, for Latin-script text, from function words.
 * Function words are the most reliable short-text signal and keep this fast and model-free; the engine only
 * needs to know "English or not" with high precision, and a sensible code for the rest. Returns "und" when
 * the text gives too little evidence. Stateless and thread-safe.
 */
public final class LanguageDetector {

    public static final String UNDETERMINED = "und";
    private static final int MAX_CHARS = 6000;
    private static final Character.UnicodeScript[] SCRIPTS = Character.UnicodeScript.values();
    private static final int LATIN = Character.UnicodeScript.LATIN.ordinal();

    private static final Map<String, Set<String>> FUNCTION_WORDS = new LinkedHashMap<>();

    static {
        add("en", "the a of and to in is that for it was on with as by at from his her are be this have has had not but were which they their been an or will would its who said after over also");
        add("fr", "le la les des du un une et est dans pour que qui sur au aux pas par plus avec ce cette sont ont été il elle leur mais ses son nous vous entre selon lors de à en l d qu ne ou où aussi était après");
        add("de", "der die das und ist nicht ein eine den dem des mit von zu auf für sich auch im ich sie es wir wurde wird werden nach bei aus hat haben dass oder über zum zur als wie nur noch schon aber sein seine ihre einen einem einer kann können muss sind war waren");
        add("es", "el la los las de del y en que es por para con una un su sus se al lo como más pero fue ha son este esta sobre entre también según desde no ya hay han sin muy donde cuando porque ni hasta durante tras cual estos estas otros");
        add("it", "il lo la gli le di del della dei delle e è che per con un una non sono nel nella alla al si anche come più ha ma questo questa dopo tra");
        add("pt", "o a os as de do da dos das e em que é para com um uma não por no na se foi ao mais como mas pelo pela são também seu sua entre");
        add("nl", "de het een en van in is dat op te zijn met voor niet aan er ook als bij door maar om nog werd wordt deze dit naar over hij zij");
        add("sv", "och att det som är en ett på av för med till inte har den de om var jag men han hon från vid sina efter också eller");
        add("da", "og at det som er en et på af for med til ikke har den de om var jeg men han hun fra ved sig efter også eller blev");
        add("no", "og at det som er en et på av for med til ikke har den de om var jeg men han hun fra ved seg etter også eller ble");
        add("fi", "ja on ei että se oli hän ovat kun mutta myös tai jos kuin joka mitä ole olla sen niin vain tämä nyt");
        add("pl", "i w na z że się nie do jest to o jak po przez dla od ale są było oraz być jego jej tym który która");
        add("tr", "ve bir bu da de için ile olarak çok daha en ama gibi olan sonra kadar her ne değil ise şu o");
        add("ro", "și în de la cu nu că pe un o este din care sunt mai pentru au fost ce să ale lui");
        add("cs", "a se na je že v s do to jsou byl by ale jako o z pro k jeho její který která také");
        add("hu", "a az és hogy nem is egy van meg de már csak ez el mint volt még azt");
        add("id", "yang dan di itu dengan untuk tidak ini dari dalam akan pada juga ke karena oleh ada mereka bahwa");
    }

    /** A function word: its number (for a bit set of the words a text uses) and the languages it belongs to. */
    private record FunctionWord(int number, List<String> languages) {
    }

    /** Each function word with the languages it belongs to: one lookup per word of the text, not one per language. */
    private static final Map<String, FunctionWord> LANGUAGES_OF_WORD = new HashMap<>();
    private static final List<FunctionWord> BY_NUMBER = new ArrayList<>();

    static {
        FUNCTION_WORDS.forEach((lang, words) -> words.forEach(w -> LANGUAGES_OF_WORD.computeIfAbsent(w, k -> {
            FunctionWord f = new FunctionWord(BY_NUMBER.size(), new ArrayList<>(2));
            BY_NUMBER.add(f);
            return f;
        }).languages().add(lang)));
    }

    private static void add(String lang, String words) {
        FUNCTION_WORDS.put(lang, Set.copyOf(java.util.Arrays.asList(words.split(" "))));
    }

    public String detect(String text) {
        if (text == null || text.isBlank()) {
            return UNDETERMINED;
        }
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        String byScript = detectByScript(sample);
        return byScript != null ? byScript : detectLatin(sample);
    }

    /** Non-Latin scripts identify the language (or a small family) directly. */
    private static String detectByScript(String s) {
        // Counted by script ordinal, not in a map of boxed counts: this runs for every letter of every article.
        int[] counts = new int[SCRIPTS.length];
        int letters = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128 ? (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' : Character.isLetter(cp)) {
                letters++;
                counts[cp < 128 ? LATIN : Character.UnicodeScript.of(cp).ordinal()]++;
            }
        }
        if (letters == 0) {
            return UNDETERMINED;
        }
        // The commonest script; on a tie the first in declaration order, as the max over an EnumMap gave.
        int best = 0;
        for (int k = 1; k < counts.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        Character.UnicodeScript top = SCRIPTS[best];
        return switch (top) {
            case LATIN -> null;
            case CYRILLIC -> s.matches("(?s).*[іїєґ].*") ? "uk" : s.matches("(?s).*[ыэё].*") ? "ru"
                    : s.matches("(?s).*[ъ].*") ? "bg" : s.matches("(?s).*[ђћџљњ].*") ? "sr" : "ru";
            case GREEK -> "el";
            case ARABIC -> s.matches("(?s).*[ٹڈڑےں].*") ? "ur" : s.matches("(?s).*[پچژگک].*") ? "fa" : "ar";
            case HEBREW -> "he";
            case HAN -> counts[Character.UnicodeScript.HIRAGANA.ordinal()]
                    + counts[Character.UnicodeScript.KATAKANA.ordinal()] > 0 ? "ja" : "zh";
            case HIRAGANA, KATAKANA -> "ja";
            case HANGUL -> "ko";
            case DEVANAGARI -> "hi";
            case BENGALI -> "bn";
            case TAMIL -> "ta";
            case THAI -> "th";
            case GEORGIAN -> "ka";
            case ARMENIAN -> "hy";
            default -> UNDETERMINED;
        };
    }

    private static int distinctOf(String language, java.util.BitSet matched) {
        int n = 0;
        for (int i = matched.nextSetBit(0); i >= 0; i = matched.nextSetBit(i + 1)) {
            if (BY_NUMBER.get(i).languages().contains(language)) {
                n++;
            }
        }
        return n;
    }

    private static String detectLatin(String s) {
        Map<String, Integer> hits = new HashMap<>();
        java.util.BitSet matched = new java.util.BitSet(BY_NUMBER.size());
        int words = 0;
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                w.append(Character.toLowerCase(c));
                continue;
            }
            if (w.length() > 0) {
                words++;
                FunctionWord word = LANGUAGES_OF_WORD.get(w.toString());
                if (word != null) {
                    matched.set(word.number());
                    for (String lang : word.languages()) {
                        hits.merge(lang, 1, Integer::sum);
                    }
                }
                w.setLength(0);
            }
        }
        String best = UNDETERMINED;
        int bestHits = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > bestHits) {
                second = bestHits;
                bestHits = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        // Very short texts ("Merkel met Macron in Paris") share function words across languages: ask for three
        // hits and a clear lead, else say "und" rather than guess. The three must be three different words: an
        // English sentence said ten times ("Scholz met Macron in Paris.") repeats Dutch "met" and "in" twenty times
        // but is no Dutch; any real text of a language uses many of its function words.
        boolean enough = bestHits >= 3 && bestHits >= second * 1.5 && bestHits * 20 >= Math.min(words, 200)
                && distinctOf(best, matched) >= 3;
        return enough ? best.toLowerCase(Locale.ROOT) : UNDETERMINED;
    }
}
