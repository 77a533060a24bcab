package io.newsroom.nlp.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Content terms of English text for the topic model and keyword extraction: lower-case words of two or
 * more letters, without stopwords, with a light plural/possessive strip so "tariffs" and "tariff" count
 * together. Deliberately simple: both topic training and tagging use exactly this.
 */
public final class Terms {

    static final Set<String> STOPWORDS = Set.copyOf(java.util.Arrays.asList(("a about above after again against all almost also although am "
            + "among an and another any are around as at be because been before being below between both but by "
            + "can could did do does doing done down during each either else even ever every few for from further "
            + "get gets got had has have having he her here hers herself him himself his how however i if in into "
            + "is it its itself just last least less like made make many may me might more most much must my "
            + "myself near need neither new next no nor not now of off often on once one only or other others our "
            + "ours ourselves out over own per perhaps put rather really said same say says see seen shall she "
            + "should since so some still such than that the their theirs them themselves then there these they "
            + "this those though through thus to too two under until up upon us use used very via was we well "
            + "were what whatever when where whether which while who whom whose why will with within without "
            + "would yet you your yours yourself yourselves mr mrs ms told year years time first "
            + "week including three going way back take want went come says s t don didn doesn isn wasn "
            + "re ve ll d m").split(" ")));

    private Terms() {
    }

    /** Terms of an article as the topic model sees it: the headline counts twice (an editor chose it). */
    public static List<String> ofArticle(String headline, String body) {
        return ofArticle(of(headline), of(body));
    }

    /** {@link #ofArticle(String, String)} from terms already taken: a line break always ends a term. */
    public static List<String> ofArticle(List<String> headlineTerms, List<String> bodyTerms) {
        List<String> out = new ArrayList<>(2 * headlineTerms.size() + bodyTerms.size());
        out.addAll(headlineTerms);
        out.addAll(headlineTerms);
        out.addAll(bodyTerms);
        return out;
    }

    public static List<String> of(String text) {
        List<String> out = new ArrayList<>(text.length() / 6);
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                w.append(Character.toLowerCase(c));
                continue;
            }
            if (c == '\'' && w.length() > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))) {
                // "tokayev's" -> "tokayev": drop the clitic, keep the word
                flush(w, out);
                while (i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))) {
                    i++;
                }
                continue;
            }
            flush(w, out);
        }
        return out;
    }

    private static void flush(StringBuilder w, List<String> out) {
        if (w.length() >= 2) {
            String term = w.toString();
            if (!STOPWORDS.contains(term)) {
                out.add(stem(term));
            }
        }
        w.setLength(0);
    }

    /** Plural strip only: aggressive stemming hurts keyword readability more than it helps topics. */
    static String stem(String w) {
        int n = w.length();
        if (n > 4 && w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        return w.toLowerCase(Locale.ROOT);
    }
}
