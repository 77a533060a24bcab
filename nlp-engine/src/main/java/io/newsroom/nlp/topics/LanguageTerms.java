package io.newsroom.nlp.topics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Content terms of French, German and Spanish text for the per-language topic models (issue 19): what {@link Terms} is
 * for English, in another language. Lower-case words of two or more letters with their accents kept ("été" the summer
 * is not "ete"; "santé" is not "sante" misspelt, and the models learn from correctly accented text), a French elided
 * article cut off ("l'économie" → "économie"), the language's function words dropped, and for French and Spanish a
 * final plural "s"/"x" stripped, so "élections" and "élection" count together. German keeps its words whole: its
 * plurals change the word itself and the training data is too small to learn a stemmer from. Training and tagging both
 * use exactly this, so the English {@link Terms} stay untouched.
 */
public final class LanguageTerms {

    private static final Map<String, Set<String>> STOPWORDS = Map.of(
            "fr", words("à au aux avec ce ces cet cette ci comme dans de des du elle elles en entre est et été être eu "
                    + "il ils je la le les leur leurs lui mais me même mes moi mon ne nos notre nous on ont ou où par pas "
                    + "plus pour qu que qui sa se ses si son sont sur ta te tes toi ton tous tout toute toutes très tu un "
                    + "une vos votre vous ça fait faire été avait avaient aussi alors après avant ainsi autres autre dont "
                    + "encore depuis deux bien selon sous sans peut peuvent doit ans an année lors cela celle celui ceux "
                    + "était étaient sera seront serait aurait avoir déjà donc quand fois trois jour jours également"),
            "de", words("aber als am an auch auf aus bei bin bis bist da damit dann das dass dem den denn der des die "
                    + "dies diese diesem diesen dieser dieses doch dort du durch ein eine einem einen einer eines er es "
                    + "für hat hatte hatten haben hier ich ihm ihn ihr ihre ihrem ihren ihrer im in ist ja jedoch kann "
                    + "kein keine können man mehr mit muss nach nicht noch nun nur ob oder ohne sehr sein seine seinem "
                    + "seinen seiner sich sie sind so soll sollen um und uns unter vom von vor war waren was weil wenn "
                    + "werden wie wieder will wir wird wurde wurden zu zum zur zwei drei jahr jahre jahren sagte sei "
                    + "gibt gab etwa viele vielen wo wer über"),
            "es", words("a al algo algunos ante antes como con contra cual cuando de del desde donde dos el él ella "
                    + "ellos en entre era eran es esa esas ese eso esos esta está están estas este esto estos fue fueron "
                    + "ha había han hay la las le les lo los más me mi muy no nos o otra otras otro otros para pero por "
                    + "porque que qué se sea ser si sí sin sobre son su sus también tiene tienen todo todos tras un una "
                    + "uno unos y ya año años según puede pueden ser sido hace hacer así tres día días cada mismo misma"));

    /** French words that lose their vowel before another word ("l'", "qu'", "jusqu'"). */
    private static final Set<String> ELIDED = words("l d j m n s t c qu jusqu lorsqu puisqu quoiqu presqu");

    private LanguageTerms() {
    }

    private static Set<String> words(String list) {
        return Set.copyOf(Arrays.asList(list.split(" ")));
    }

    /** Whether this language has its own term rules (and so may have a topic model). */
    public static boolean supports(String language) {
        return STOPWORDS.containsKey(language);
    }

    /** Terms of an article, weighed as {@link Terms#ofArticle(List, List)} weighs an English one. */
    public static List<String> ofArticle(String language, String headline, String body) {
        return Terms.ofArticle(of(language, headline), of(language, body));
    }

    public static List<String> of(String language, String text) {
        Set<String> stop = STOPWORDS.getOrDefault(language, Set.of());
        List<String> out = new ArrayList<>(text.length() / 6);
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                w.append(Character.toLowerCase(c));
                continue;
            }
            boolean apostrophe = c == '\'' || c == '\u2019';
            if (apostrophe && "fr".equals(language) && ELIDED.contains(w.toString())) {
                // "l'", "d'", "qu'", "jusqu'", "lorsqu'": an elided function word; the word after it is the term
                w.setLength(0);
                continue;
            }
            flush(language, stop, w, out);
        }
        return out;
    }

    private static void flush(String language, Set<String> stop, StringBuilder w, List<String> out) {
        if (w.length() >= 2) {
            String term = w.toString();
            if (!stop.contains(term)) {
                out.add(stem(language, term));
            }
        }
        w.setLength(0);
    }

    /** French and Spanish plural strip only ("élections" → "élection", "journaux" kept: "-aux" is not "-al" + x). */
    static String stem(String language, String w) {
        int n = w.length();
        if (("fr".equals(language) || "es".equals(language)) && n > 4 && (w.endsWith("s") && !w.endsWith("ss"))) {
            return w.substring(0, n - 1);
        }
        if ("fr".equals(language) && n > 4 && w.endsWith("x") && !w.endsWith("aux")) {
            return w.substring(0, n - 1);
        }
        return w;
    }
}
