package io.newsroom.nlp.hygiene;

import io.newsroom.nlp.analysis.Mention;
import io.newsroom.nlp.gazetteer.Gazetteer;
import io.newsroom.nlp.linking.RawMention;
import io.newsroom.nlp.linking.Titles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Newsroom rules the recogniser does not know, applied to its mentions before they are merged into entities:
 * <ul>
 *   <li>nothing inside page furniture (credits, captions, bylines, tag lines, a dateline's agency) is a mention;</li>
 *   <li>a dateline's place is one location mention, named in its usual case ("FRANKFURT" is Frankfurt, and "NEW YORK"
 *       is not cut into "NEW" and "YORK");</li>
 *   <li>a demonym ("Kyrgyz", "Central Asian") is MISC, never a place or an organisation;</li>
 *   <li>a title or role word alone ("Chair", "Summit", "President", "MPs"), or a time zone ("GMT"), is not a name.</li>
 * </ul>
 */
public final class MentionHygiene {

    /** Words that a capital letter does not make a name on their own (besides the title words). */
    private static final Set<String> NOT_NAMES_ALONE = Set.of("summit", "conference", "chair", "talks", "mp", "mps", "mep",
            "meps", "msp", "msps", "ms", "mss", "gmt", "utc", "bst", "cet", "cest", "est", "edt", "pst", "pdt", "msk",
            // Common nouns written as acronyms: "a failed IPO", "GDP grew", "the CEO said".
            "ipo", "ipos", "gdp", "gnp", "ceo", "ceos", "cfo", "coo", "cto", "vat", "atm", "atms", "suv", "suvs", "lng", "lpg",
            "ppe", "icu", "ivf", "diy", "faq", "var", "ai",
            "ok", "okay", // "but it's OK"
            "ist", "jst", "kst", "pkt", "aest", "aedt", "sast", // time zones: "09:05 IST"
            "almt", "aqtt", "qyzt", "uzt", "tjt", "tmt", "kgt", "ulat", "yekt", "omst", "novt", "krat", "irkt", "yakt", "vlat",
            "azt", "irst", "npt", "ict", "myt", "pht", "hkt", "awst", "nzst", "nzdt", "eet", "eest", // "14:02 ALMT"
            "celsius", "fahrenheit", // "minus 30 degrees Celsius"
            "no.", // "the world No. 2"
            "supreme", // "Supreme Leader Ayatollah Ali Khamenei": an office, whose "Leader" goes as a role
            "amir", // Kuwait's "the Amir" (a first name too, but a person is named alone by surname)
            // Diseases and their viruses are no named entities (CoNLL's and OntoNotes' types hold none; no set's writer
            // marked one): "a COVID-19 outbreak", "zero-Covid closures", "Malaria vaccine rollout".
            "covid", "covid-19", "zero-covid", "coronavirus", "sars-cov-2", "ebola", "mpox", "monkeypox", "malaria",
            "cholera", "measles", "polio", "zika", "dengue", "tuberculosis", "influenza",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", // a teletext page's or wire's "Thu 19 Dec"
            // A cricket Test and a series' numbered ones are matches, no names (CoNLL's "Test" is O alone; every set's
            // writer leaves "the second Test" out): "the Boxing Day Test" keeps its day.
            "test", "tests", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
            // A line's or sentence's opener the recogniser took for a name: "Born in Ipswich, she …", "I'm A Celebrity";
            // British news' common-noun acronyms: "a GP surgery", "waiting times in A&E".
            "born", "i'm", "i\u2019m", "gp", "gps", "a&e");
    /** Words that make a region of a place or people: "Central" Asia(n), "South" Caucasus. */
    static final Set<String> REGION_WORDS = Set.of("central", "north", "south", "east", "west", "northern",
            "southern", "eastern", "western", "north-east", "north-west", "south-east", "south-west", "northeast",
            "northwest", "southeast", "southwest", "sub-saharan", "pan");

    private final KnownAs known;

    public MentionHygiene(Gazetteer gazetteer) {
        this.known = new KnownAs(gazetteer);
    }

    public List<RawMention> apply(List<RawMention> mentions, Furniture furniture) {
        List<RawMention> out = new ArrayList<>(mentions.size() + furniture.datelines().size());
        for (RawMention m : piecesOfPage(mentions)) {
            boolean body = Mention.BODY_TEXT.equals(m.field());
            if (body && (furniture.hides(m.start(), m.end()) || inDateline(m, furniture))) {
                continue;
            }
            if (isTitleAlone(m) || m.text().length() <= 4 && CAPS_MONTH.matcher(m.text()).matches()) {
                continue; // "JUL" of "04 JUL 2024"
            }
            if (m.text().indexOf('@') >= 0 || m.text().contains("://") || m.text().startsWith("www.")) {
                continue; // "HaveYourSay@bbc.co.uk": an address to write to, no name (it was a place 27 times in BBC's 2022 news)
            }
            RawMention demonym = withoutTrailingTitles(m);
            out.add(isDemonym(demonym) ? retype(demonym, "MISC") : m);
        }
        for (Furniture.Dateline d : furniture.datelines()) {
            out.add(new RawMention(Mention.BODY_TEXT, d.start(), d.end(), d.name(), Arrays.asList(d.name().split(" ")),
                    "LOCATION", 0.9, false));
        }
        return out;
    }

    /** A month in capitals, as a page's stamp writes it. */
    private static final java.util.regex.Pattern CAPS_MONTH = java.util.regex.Pattern.compile(
            "JAN|FEB|MAR|APR|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC");

    /** Wide gaps, tabs, dots, bullets and bars: what parts a page's items, never a name's words. */
    private static final java.util.regex.Pattern PAGE_GAP = java.util.regex.Pattern.compile("\\s{2,}|\\t|\\s*[\u00b7\u2022|]\\s*");

    /**
     * A page's icons and gaps are no part of a name: "‣ Xi" is "Xi", "► ALIYEV" is "ALIYEV"; a mention across a wide
     * gap, a dot or a bar ("WhatsApp   X   Facebook", "Lasha Chkheidze-Berg · Camera") is one per part, and a part of
     * two letters or fewer across such a gap ("X", "UA  NL") is none.
     */
    static List<RawMention> piecesOfPage(List<RawMention> mentions) {
        List<RawMention> out = new ArrayList<>(mentions.size());
        for (RawMention m : mentions) {
            String text = m.text();
            if (plainName(text)) {
                out.add(m);
                continue;
            }
            java.util.regex.Matcher gap = PAGE_GAP.matcher(text);
            boolean split = gap.find();
            boolean icon = !text.isEmpty() && (!Character.isLetterOrDigit(text.codePointAt(0))
                    || !Character.isLetterOrDigit(text.codePointBefore(text.length())));
            if (!split && !icon) {
                out.add(m);
                continue;
            }
            int from = 0;
            gap.reset();
            while (true) {
                boolean more = gap.find();
                int to = more ? gap.start() : text.length();
                addPiece(m, from, to, split, out);
                if (!more) {
                    break;
                }
                from = gap.end();
            }
        }
        return out;
    }

    /** Letters or digits at both ends and no gap, tab, dot, bullet or bar inside: nothing to cut (a cheap test first). */
    private static boolean plainName(String text) {
        if (text.isEmpty() || !Character.isLetterOrDigit(text.codePointAt(0)) || !Character.isLetterOrDigit(text.codePointBefore(text.length()))) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '|' || c == '\u00b7' || c == '\u2022' || c == ' ' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))) {
                return false;
            }
        }
        return true;
    }

    private static void addPiece(RawMention m, int from, int to, boolean split, List<RawMention> out) {
        String text = m.text();
        // Icons and marks at the piece's edges go; a closing dot or bracket of a name stays ("U.S.", "Inc.").
        while (from < to && !Character.isLetterOrDigit(text.codePointAt(from))) {
            from += Character.charCount(text.codePointAt(from));
        }
        while (to > from && !Character.isLetterOrDigit(text.codePointBefore(to)) && ".)'’".indexOf(text.charAt(to - 1)) < 0) {
            to -= Character.charCount(text.codePointBefore(to));
        }
        String piece = text.substring(from, to);
        if (piece.codePoints().noneMatch(Character::isLetter) || split && piece.codePoints().filter(Character::isLetter).count() <= 2) {
            return;
        }
        if (from == 0 && to == text.length()) {
            out.add(m);
            return;
        }
        out.add(new RawMention(m.field(), m.start() + from, m.start() + to, piece, Arrays.asList(piece.split("\\s+")), m.type(),
                m.confidence(), m.titled() && from == 0));
    }

    private static boolean inDateline(RawMention m, Furniture furniture) {
        for (Furniture.Dateline d : furniture.datelines()) {
            if (m.start() < d.end() && m.end() > d.start()) {
                return true;
            }
        }
        return false;
    }

    /** "80th" in "the 80th Test". */
    private static final java.util.regex.Pattern ORDINAL_NUMBER = java.util.regex.Pattern.compile("\\d{1,3}(?:st|nd|rd|th)");

    private static boolean isTitleAlone(RawMention m) {
        if (Titles.honorificLength(m.tokens(), 0) == m.tokens().size()) {
            return true; // "Datuk Seri", "Tan Sri"
        }
        for (String t : m.tokens()) {
            // "Head of State", "Secretary of State": titles joined by "of" are a title still.
            if (!Titles.isTitle(t) && !NOT_NAMES_ALONE.contains(t.toLowerCase(Locale.ROOT)) && !t.equals("of")
                    && !ORDINAL_NUMBER.matcher(t).matches()) {
                return false;
            }
        }
        return !m.tokens().isEmpty();
    }

    /** "Kyrgyz", "Asian", "Central Asian", "South Korean": a demonym, optionally after region words. */
    private boolean isDemonym(RawMention m) {
        List<String> tokens = m.tokens();
        if (tokens.isEmpty()) {
            return false;
        }
        for (int i = 0; i < tokens.size() - 1; i++) {
            if (!REGION_WORDS.contains(tokens.get(i).toLowerCase(Locale.ROOT))) {
                return known.isPeoplesWord(String.join(" ", tokens));
            }
        }
        return known.isPeoplesWord(tokens.get(tokens.size() - 1)) || known.isPeoplesWord(String.join(" ", tokens));
    }


    /** "Kyrgyz President" -> "Kyrgyz": the title after a demonym is not part of any name. */
    private static RawMention withoutTrailingTitles(RawMention m) {
        int keep = m.tokens().size();
        while (keep > 1 && Titles.isTitle(m.tokens().get(keep - 1))) {
            keep--;
        }
        if (keep == m.tokens().size()) {
            return m;
        }
        int at = 0;
        for (int i = 0; i < keep; i++) {
            int found = m.text().indexOf(m.tokens().get(i), at);
            if (found < 0) {
                return m;
            }
            at = found + m.tokens().get(i).length();
        }
        return new RawMention(m.field(), m.start(), m.start() + at, m.text().substring(0, at), m.tokens().subList(0, keep),
                m.type(), m.confidence(), m.titled());
    }

    private static RawMention retype(RawMention m, String type) {
        return new RawMention(m.field(), m.start(), m.end(), m.text(), m.tokens(), type, m.confidence(), m.titled());
    }
}
