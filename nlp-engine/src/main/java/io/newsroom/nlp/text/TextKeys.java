package io.newsroom.nlp.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalised keys for names, shared by gazetteer building, lookup and entity keys so that the three always
 * agree. {@link #key} folds case, accents and quote/hyphen variants; {@link #foldKey} further folds common
 * transliteration variants ("Tokayev"/"Tokaev", "Zelenskyy"/"Zelensky", "Kassym-Zhomart"/"Kassym-Jomart").
 */
public final class TextKeys {

    /** Mohammed, Mohammad, Muhammad, Mohamed …: one name, written many ways in the news and in Wikidata. */
    private static final java.util.regex.Pattern MOHAMMED = java.util.regex.Pattern.compile("\\bm[ou]h+am+[ae]d\\b");

    private TextKeys() {
    }

    /** Lowercase, no accents (nor the strokes of {@link #baseLetter}), unified apostrophes/hyphens, single spaces. */
    public static String key(String s) {
        if (s == null) {
            return "";
        }
        String t = isPlainAscii(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder(t.length());
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\u2019' || c == '\u2018' || c == '`' || c == '\u02BC') {
                c = '\'';
            } else if (c == '\u2010' || c == '\u2011' || c == '\u2013') {
                c = '-';
            }
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(baseLetter(Character.toLowerCase(c)));
        }
        return out.toString();
    }

    /**
     * The plain letter of the few Latin letters that NFD leaves whole, which English news writes without their stroke
     * or dot: Turkish dotless i ("Yılmaz" / "Yilmaz"), Polish ł ("Wałęsa"), Nordic ø ("Støre"), South Slavic đ.
     */
    private static char baseLetter(char c) {
        return switch (c) {
            case '\u0131' -> 'i';
            case '\u0142' -> 'l';
            case '\u00F8' -> 'o';
            case '\u0111' -> 'd';
            default -> c;
        };
    }

    /** {@link #key} of a lower-cased token without allocation for the common ASCII case. */
    public static String tokenKey(String token) {
        if (isPlainAscii(token)) {
            for (int i = 0; i < token.length(); i++) {
                if (Character.isUpperCase(token.charAt(i))) {
                    return token.toLowerCase(Locale.ROOT);
                }
            }
            return token;
        }
        return key(token);
    }

    /** Key that also folds transliteration variants; used as a second-chance lookup for names. */
    public static String foldKey(String s) {
        return foldOfKey(key(s));
    }

    /** {@link #foldKey} of a string whose {@link #key} is already known (a lookup tries the key first). */
    public static String foldOfKey(String key) {
        String k = key.replace('-', ' ').replace("'", "").replace(".", "");
        if (k.indexOf("ham") >= 0) {
            // Every spelling the pattern matches has "ham" ("h+" then "am"); most keys have none, and skip the regex.
            k = MOHAMMED.matcher(k).replaceAll("mohamed");
        }
        k = k.replace("dzh", "j").replace("zh", "j").replace("kh", "h").replace('y', 'i').replace("ph", "f");
        StringBuilder out = new StringBuilder(k.length());
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            boolean vowelBefore = i > 0 && isVowel(k.charAt(i - 1));
            boolean vowelAfter = i + 1 < k.length() && isVowel(k.charAt(i + 1));
            if (c == 'i' && vowelBefore && vowelAfter) {
                continue; // "Tokaiev" -> "Tokaev"
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) == c) {
                continue; // "Kassym" -> "Kasym", "Zelenskii" -> "Zelenski"
            }
            out.append(c);
        }
        return out.toString();
    }

    /** "Kassym-Jomart Tokayev" -> "kassym-jomart-tokayev": a readable slug for entity keys. */
    public static String slug(String s) {
        String k = key(s);
        StringBuilder out = new StringBuilder(k.length());
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        }
        while (out.length() > 0 && out.charAt(out.length() - 1) == '-') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }
}
