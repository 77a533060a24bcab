package io.newsroom.nlp.hygiene;

import io.newsroom.nlp.analysis.Mention;
import io.newsroom.nlp.gazetteer.Gazetteer;
import io.newsroom.nlp.linking.RawMention;
import io.newsroom.nlp.linking.Titles;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Organisations the recogniser left out: "Google, Meta and Amazon were not involved", "TotalEnergies signed". Its
 * model learned from 1996 wire text, which never wrote the companies and platforms that news names today. A run of
 * capitalised words that no mention covers, and that the gazetteers know, whole, only as one organisation (a company
 * by its own name, an international body or party by any of its names; never a first name, a place or a people), is
 * an ORGANIZATION mention. Ordinary words are no such names: the gazetteers leave out a name English news writes in
 * lower case ("Next", "Shell"), and a leading word news writes in lower case ("But Google") is no part of the name.
 * Runs before furniture is taken out, so a credit's agency never becomes one.
 */
public final class MissedOrganisations {

    /** Longer runs of capitalised words are headlines, lists or shouting, not one organisation's name. */
    static final int MAX_RUN_WORDS = 8;

    /** What the recogniser did not say: a spotted name counts, but less than one it found itself. */
    static final double CONFIDENCE = 0.5;

    private final KnownAs known;
    private final Predicate<String> lowerCaseWord;

    /** @param lowerCaseWord whether news writes a word in lower case ("But", "Next"; not "Google") */
    public MissedOrganisations(Gazetteer gazetteer, Predicate<String> lowerCaseWord) {
        this.known = new KnownAs(gazetteer);
        this.lowerCaseWord = lowerCaseWord;
    }

    public List<RawMention> apply(List<RawMention> mentions, String headline, String body) {
        List<RawMention> out = new ArrayList<>(mentions);
        spot(Mention.HEADLINE, headline, mentions, out);
        spot(Mention.BODY_TEXT, body, mentions, out);
        legislatures(Mention.BODY_TEXT, body, out);
        byTheirForm(Mention.HEADLINE, headline, out);
        byTheirForm(Mention.BODY_TEXT, body, out);
        return out;
    }

    /** "the Group of 77", "the Group of Seven": a group of countries, ORGANIZATION as CoNLL types the G7. */
    private static final Pattern GROUP_OF_COUNTRIES = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])Group of (?:Seven|Eight|Twenty|7|8|20|77)(?![\\p{L}\\p{N}-])");
    /** "COP26", "COP 27": a climate conference, an event (MISC). */
    private static final Pattern CLIMATE_CONFERENCE = Pattern.compile("(?<![\\p{L}\\p{N}-])COP ?\\d{1,2}(?![\\p{L}\\p{N}-])");

    /**
     * Names the recogniser seldom saw, known by their form alone: "presided over COP26", "the Group of 77 and China"
     * (its training text of 1996 has neither). Only where no mention covers them.
     */
    private static void byTheirForm(String field, String text, List<RawMention> out) {
        if (text == null) {
            return;
        }
        for (Pattern p : List.of(GROUP_OF_COUNTRIES, CLIMATE_CONFERENCE)) {
            java.util.regex.Matcher m = p.matcher(text);
            while (m.find()) {
                if (!covered(field, m.start(), m.end(), out)) {
                    out.add(new RawMention(field, m.start(), m.end(), m.group(), List.of(m.group().split(" ")),
                            p == GROUP_OF_COUNTRIES ? "ORGANIZATION" : "MISC", CONFIDENCE, false));
                }
            }
        }
    }

    /** The country's own bodies, which news capitalises when it names them alone: "voted in Parliament". */
    private static final Pattern BODY_ALONE = Pattern.compile("(?<![\\p{L}\\p{N}-])(?:Parliament|Presidency)(?![\\p{L}\\p{N}-])");

    /**
     * "elected by Parliament", "the questions he had raised in Parliament", "Parliament Speaker Shalva Papuashvili": the
     * article's parliament (or presidency), named alone with a capital, is an organisation, as an editor marks it; the
     * recogniser learned from wire copy that wrote it in lower case. Not a word of a longer name ("European Parliament",
     * "Parliament Square", "Parliament of Georgia"); a title may follow it.
     */
    private static void legislatures(String field, String text, List<RawMention> out) {
        java.util.regex.Matcher m = BODY_ALONE.matcher(text);
        while (m.find()) {
            if (covered(field, m.start(), m.end(), out) || capitalisedBefore(text, m.start()) || capitalisedAfter(text, m.end())
                    || OF_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 6)).lookingAt()) {
                continue;
            }
            out.add(new RawMention(field, m.start(), m.end(), m.group(), List.of(m.group()), "ORGANIZATION", CONFIDENCE, false));
        }
    }

    /** A capitalised word right before, on the same line and in the same sentence ("European Parliament"). */
    private static boolean capitalisedBefore(String text, int start) {
        int i = start - 1;
        if (i < 0 || text.charAt(i) != ' ') {
            return false;
        }
        int wordEnd = i;
        while (i > 0 && isWordChar(text.charAt(i - 1))) {
            i--;
        }
        return i < wordEnd && Character.isUpperCase(text.charAt(i)) && !text.substring(i, wordEnd).endsWith(".");
    }

    /** A capitalised word right after that is no title ("Parliament Square"; not "Parliament Speaker"). */
    private static boolean capitalisedAfter(String text, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ' || !Character.isUpperCase(text.charAt(end + 1))) {
            return false;
        }
        int wordEnd = end + 1;
        while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        return !Titles.isTitle(text.substring(end + 1, wordEnd));
    }

    private void spot(String field, String text, List<RawMention> mentions, List<RawMention> out) {
        int i = 0;
        while (i < text.length()) {
            // A run: capitalised words joined by single spaces ("Google", "Bavarian Nordic", "Google's"), found by hand
            // rather than by a repeated regex group, which recurses once a word and overflows the stack on a long
            // run of capitals.
            if (!Character.isUpperCase(text.charAt(i)) || i > 0 && isWordChar(text.charAt(i - 1))) {
                i++;
                continue;
            }
            int runStart = i;
            List<String> runWords = new ArrayList<>();
            int end = i;
            while (true) {
                int wordEnd = end + 1;
                while (wordEnd < text.length() && isWordChar(text.charAt(wordEnd))) {
                    wordEnd++;
                }
                String word = text.substring(end, wordEnd);
                runWords.add(word);
                // A full stop after a word (not an initial's: "U.S.") ends the sentence, and the run: "… Google. The".
                boolean sentenceEnd = word.length() > 2 && word.endsWith(".") && !isInitials(word);
                if (!sentenceEnd && wordEnd + 1 < text.length() && text.charAt(wordEnd) == ' ' && Character.isUpperCase(text.charAt(wordEnd + 1))) {
                    end = wordEnd + 1;
                } else {
                    end = wordEnd;
                    break;
                }
            }
            i = end;
            // Most runs are names the recogniser found: those need no lookup.
            if (runWords.size() > MAX_RUN_WORDS || covered(field, runStart, end, mentions)) {
                continue;
            }
            List<String> words = runWords;
            String last = withoutPossessive(words.get(words.size() - 1));
            if (last.isEmpty()) {
                continue;
            }
            words.set(words.size() - 1, last);
            int start = runStart;
            // "But Google": a sentence's first word, written in lower case elsewhere, leads into the name.
            boolean led = false;
            while (words.size() > 1 && !known.onlyAnOrganisation(String.join(" ", words)) && !insideSentence(text, runStart)
                    && lowerCaseWord.test(words.get(0)) && !Titles.isTitle(words.get(0))) {
                start += words.remove(0).length() + 1;
                led = true;
            }
            String name = String.join(" ", words);
            int nameEnd = start + name.length();
            if (isAbbreviation(words) || covered(field, start, nameEnd, mentions) || !known.onlyAnOrganisation(name)
                    || partOfLongerName(text, start, nameEnd) || words.size() == 1 && !aNameAlone(name, text, start, led)) {
                continue;
            }
            out.add(new RawMention(field, start, nameEnd, name, List.copyOf(words), "ORGANIZATION", CONFIDENCE, false));
        }
    }

    /** "U.S.", "E.U.": capitals each followed by a full stop (checked by hand: a word may be thousands of them). */
    private static boolean isInitials(String word) {
        for (int k = 0; k < word.length(); k += 2) {
            if (!Character.isUpperCase(word.charAt(k)) || k + 1 >= word.length() || word.charAt(k + 1) != '.') {
                return false;
            }
        }
        return true;
    }

    /** A character of a run's word: letters, digits and the marks inside names ("AT&T", "Marks's", "Coca-Cola"). */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '&' || c == '.' || c == '\'' || c == '\u2019' || c == '-';
    }

    /** "Google's" -> "Google"; "Amazon." at a sentence's end -> "Amazon" (but "Inc." keeps its dot: it is the name's). */
    private static String withoutPossessive(String word) {
        for (String suffix : List.of("'s", "\u2019s", "'", "\u2019")) {
            if (word.endsWith(suffix)) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        if (word.endsWith(".") && !word.matches(".*\\p{Lu}\\.\\p{Lu}.*") && !word.matches("(?:Inc|Ltd|Co|Corp|Plc|Bros)\\.")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /**
     * A one-word name that news also writes in lower case ("Labour", "Who", "Reading") is a name only inside a sentence,
     * and only as an international body's or a party's: "Labour market data rose" and "Who is Rishi Sunak?" start
     * with a word, and a company's or club's ordinary word is too often just that.
     */
    private boolean aNameAlone(String name, String text, int start, boolean led) {
        if (Titles.isTitle(name)) {
            return false;
        }
        // After a word the run began with ("Doctor Who", "But Labour"), the word may be another name's: not alone.
        // Opening a sentence, a party's role after it says it is the party: "Labour leader Sir Keir Starmer said".
        return !lowerCaseWord.test(name) || !led && (insideSentence(text, start)
                || PARTY_ROLE.matcher(text).region(start + name.length(), text.length()).lookingAt()) && known.onlyAnInstitution(name);
    }

    /** A party member's role right after a party's name: "Labour leader", "Labour MPs", "Green councillor". */
    private static final Pattern PARTY_ROLE = Pattern.compile(
            " (?:deputy )?(?:leader|MPs?|MSPs?|MEPs?|MS|councillors?|spokes(?:man|woman|person)|peers?|candidates?|"
                    + "chairman|chairwoman|frontbencher|backbenchers?)\\b");

    /** After a word, a comma or a closing quote on the same line: not the first word of a sentence, line or list. */
    private static boolean insideSentence(String text, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && i < start - 1 && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == ',');
    }

    /** "Duchess of Sussex", "University of Reading": a name with " of " and a capital on either side is a longer one. */
    private static boolean partOfLongerName(String text, int start, int end) {
        return OF_AFTER.matcher(text).region(end, Math.min(text.length(), end + 6)).lookingAt()
                || OF_BEFORE.matcher(text.substring(Math.max(0, start - 40), start)).find();
    }

    private static final Pattern OF_AFTER = Pattern.compile(" of \\p{Lu}");
    private static final Pattern OF_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}.'\u2019-]* of $");

    /** Two capitals alone ("AP", "PA", "EU") stand for too many things to be spotted; the recogniser types those it knows. */
    private static boolean isAbbreviation(List<String> words) {
        return words.size() == 1 && words.get(0).length() <= 2;
    }

    private static boolean covered(String field, int start, int end, List<RawMention> mentions) {
        for (RawMention m : mentions) {
            if (m.field().equals(field) && m.start() < end && m.end() > start) {
                return true;
            }
        }
        return false;
    }
}
