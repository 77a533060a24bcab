package io.newsroom.nlp.hygiene;

import io.newsroom.nlp.analysis.Mention;
import io.newsroom.nlp.linking.RawMention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title in quotation marks is one work, MISC (CoNLL's type for films, books, songs and shows): "Killers of the Flower
 * Moon", ‘Anatomy of a Fall’, “The Zone of Interest”. The recogniser, which learned from wire text with few titles,
 * takes their words for people and places ("Flower Moon", "Jeanne du Barry"). A quotation counts as a title when it
 * is short and written in title case: two capitalised words or more, every word of three letters or more capitalised
 * (the small words of titles aside), no sentence's end inside; one word only if news never writes it in lower case
 * (“Oppenheimer”, not “Unprecedented” or “Slammed”, which are quoted words). A name the recogniser found as exactly
 * the quoted word, typed a person, place or organisation, stays as it is (a nickname or a name in scare quotes:
 * “Wagner”), as does a name the gazetteers know; quoted words in title case are a title even where the recogniser took
 * them for a place (“The Square”).
 */
public final class QuotedTitles {

    /** “…”, "…" and ‘…’ on one line; the single quotes only where they cannot be apostrophes. */
    private static final Pattern QUOTED = Pattern.compile(
            "\u201c([^\u201d\\n]{1,60})\u201d|(?<![\\p{L}\\p{N}])\"([^\"\\n]{1,60})\"|(?<![\\p{L}\\p{N}])\u2018([^\u2018\u2019\\n]{1,60})\u2019(?![\\p{L}\\p{N}])");

    /** Spaces between words, the no-break space of pasted web text included. */
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\u00a0]+");

    /** Words a title keeps in lower case that are three letters or longer. */
    private static final Set<String> SMALL_WORDS = Set.of("and", "the", "for", "nor", "but", "from", "with", "into", "over",
            "upon", "than", "that", "onto");

    private final io.newsroom.nlp.gazetteer.Gazetteer gazetteer;
    private final java.util.function.Predicate<String> lowerCaseWord;

    /** @param lowerCaseWord whether news writes a word in lower case ("unprecedented"; not "Oppenheimer") */
    public QuotedTitles(io.newsroom.nlp.gazetteer.Gazetteer gazetteer, java.util.function.Predicate<String> lowerCaseWord) {
        this.gazetteer = gazetteer;
        this.lowerCaseWord = lowerCaseWord;
    }

    public List<RawMention> apply(List<RawMention> mentions, String headline, String body) {
        List<RawMention> out = new ArrayList<>(mentions);
        replace(Mention.HEADLINE, headline, out);
        replace(Mention.BODY_TEXT, body, out);
        return out;
    }

    private void replace(String field, String text, List<RawMention> out) {
        Matcher q = QUOTED.matcher(text);
        while (q.find()) {
            int g = q.group(1) != null ? 1 : q.group(2) != null ? 2 : 3;
            String title = q.group(g);
            int start = q.start(g);
            int quoteEnd = q.end(g);
            // American style closes the title's sentence inside the marks: “Triangle of Sadness,” “Monster.”
            if (title.length() > 1 && (title.endsWith(",") || title.endsWith("."))) {
                title = title.substring(0, title.length() - 1);
                quoteEnd--;
            }
            int end = quoteEnd;
            boolean oneWord = WORD_BREAK.split(title).length == 1;
            if (!isTitle(title) || oneWord && (lowerCaseWord.test(title) || namedAsIs(field, start, end, out))
                    || !gazetteer.lookup(title).isEmpty()) { // a known name in quotes: "Vkusno i Tochka", the chain's new name
                continue;
            }
            out.removeIf(m -> m.field().equals(field) && m.start() >= start && m.end() <= end);
            if (out.stream().anyMatch(m -> m.field().equals(field) && m.start() < end && m.end() > start)) {
                continue; // a name reaching outside the quotation marks: leave both alone
            }
            out.add(new RawMention(field, start, end, title, Arrays.asList(WORD_BREAK.split(title)), "MISC", 0.5, false));
        }
    }

    /** Short, title case, one to eight words, at least one of four letters or more, no sentence end; two capitals if more than one word. */
    static boolean isTitle(String quoted) {
        if (!quoted.equals(quoted.strip()) || quoted.isEmpty() || !Character.isUpperCase(quoted.codePointAt(0))) {
            return false;
        }
        char last = quoted.charAt(quoted.length() - 1);
        if (last == '.' || last == ',' || last == '!' || last == '?' || last == ':' || last == ';') {
            return false;
        }
        String[] words = WORD_BREAK.split(quoted);
        if (words.length > 8 || quoted.equals(quoted.toUpperCase(Locale.ROOT))) {
            return false;
        }
        boolean long4 = false;
        int capitalised = 0;
        for (String w : words) {
            if (w.isEmpty()) {
                return false;
            }
            int letters = (int) w.chars().filter(Character::isLetter).count();
            long4 |= letters >= 4;
            boolean capital = Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0));
            capitalised += capital ? 1 : 0;
            if (letters >= 3 && !capital && !SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
            if (w.endsWith(".") && w.length() > 2 || w.endsWith(",")) {
                return false; // a sentence's end or a clause's inside: speech, not a title
            }
        }
        return long4 && (words.length == 1 || capitalised >= 2);
    }

    /** A mention of exactly the quoted words, typed a person, place or organisation. */
    private static boolean namedAsIs(String field, int start, int end, List<RawMention> mentions) {
        return mentions.stream().anyMatch(m -> m.field().equals(field) && m.start() == start && m.end() == end
                && !"MISC".equals(m.type()));
    }
}
