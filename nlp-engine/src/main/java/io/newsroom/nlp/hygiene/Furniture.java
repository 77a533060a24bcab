package io.newsroom.nlp.hygiene;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a body that are page furniture, not story: photo credits and captions, bylines, tag and section lines,
 * and the dateline ("FRANKFURT, Oct 13 (Reuters) -"). Nothing in furniture is an entity or a keyword, except the
 * dateline's place, which is a location named in its usual case ("Frankfurt", not "FRANKFURT").
 *
 * @param hidden   char ranges [start, end) of the body that are furniture
 * @param datelines the place of each dateline found
 */
public record Furniture(List<Range> hidden, List<Dateline> datelines) {

    /** A char range [start, end) of the body. */
    public record Range(int start, int end) {
        boolean overlaps(int s, int e) {
            return s < end && e > start;
        }
    }

    /** A dateline's place: its range in the body and its name in the usual case. */
    public record Dateline(int start, int end, String name) {
    }

    static final int MAX_SHORT_LINE = 80;

    /** A whole line of credit, caption, tag list or section path. */
    private static final Pattern LABELLED_LINE = Pattern.compile(
            "(?i)^\\s*(?:photo(?:graph)?s?|pictures?|images?|image caption|image source|caption|credits?|video|"
                    + "tags|topics|related(?: topics)?|keywords|filed under|more on this story|section)\\s*[:|]");
    /** A credit inside a line: "Photo: Getty Images", "(Picture by Jane Doe/AFP)", "AFP via Getty Images". */
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)\\(?\\b(?:photo(?:graph)?|picture|image)s?\\s*(?:by\\b|:)[^\\n.)]*\\)?"
                    + "|(?:\\b[\\p{L}.'-]+(?:\\s+[\\p{L}.'-]+){0,3}\\s*/\\s*)?(?:\\b\\p{Lu}+\\s+via\\s+)?\\bGetty Images?\\b(?:\\s+for\\s+[\\p{L} ]+)?");
    /** "By Jane Doe", "By Jane Doe and John Roe, BBC News", alone on its line. */
    private static final Pattern BYLINE = Pattern.compile(
            "^\\s*By\\s+\\p{Lu}[\\p{L}.'-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'-]*|and|&|,|de|van|von|der|al))*(?:\\s*,\\s*[\\p{L} ]+)?\\s*$");
    /** "Politics | Asia", "News › World › Asia": a short path of capitalised words. */
    private static final Pattern SECTION_PATH = Pattern.compile(
            "^\\s*\\p{Lu}[\\p{L}&' ]*(?:\\s+[|›>»/]\\s+\\p{Lu}[\\p{L}&' ]*)+\\s*$");
    /** "Kazakhstan, CICA, Kassym-Jomart Tokayev": three or more capitalised names and nothing else, a tag list. */
    private static final Pattern TAG_LIST = Pattern.compile(
            "^\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*)*(?:,\\s*\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*)*){2,}$");
    /**
     * A dateline at the start of a line: an upper-case place, optional ", Country" or ", Oct 13", optional "(Agency)",
     * then a dash.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu}.'-]*(?: \\p{Lu}[\\p{Lu}.'-]*){0,3})((?:,\\s*[\\p{L}.]+(?:\\s+[\\p{L}\\d.]+){0,2}){0,2})"
                    + "\\s*(\\([^)\\n]{1,40}\\))?\\s*[-\u2013\u2014]{1,2}\\s");

    /** Finds the furniture of a body text (lines separated by {@code \n}). */
    public static Furniture of(String body) {
        List<Range> hidden = new ArrayList<>();
        List<Dateline> datelines = new ArrayList<>();
        int lineStart = 0;
        boolean afterCredit = false;
        while (lineStart <= body.length()) {
            int nl = body.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? body.length() : nl;
            String line = body.substring(lineStart, lineEnd);
            boolean credit = false;
            if (isFurnitureLine(line)) {
                hidden.add(new Range(lineStart, lineEnd));
            } else {
                Matcher d = DATELINE.matcher(line);
                boolean dateline = d.find() && d.group(1).length() >= 3;
                if (dateline) {
                    datelines.add(new Dateline(lineStart + d.start(1), lineStart + d.end(1), usualCase(d.group(1))));
                    // The rest of the dateline (", Oct 13", "(Reuters)", the dash) is furniture.
                    hidden.add(new Range(lineStart + d.end(1), lineStart + d.end()));
                }
                if (mayHoldCredit(line)) {
                    Matcher c = CREDIT.matcher(line);
                    StringBuilder rest = new StringBuilder(line);
                    while (c.find()) {
                        hidden.add(new Range(lineStart + c.start(), lineStart + c.end()));
                        for (int i = c.start(); i < c.end(); i++) {
                            rest.setCharAt(i, ' ');
                        }
                    }
                    credit = rest.chars().noneMatch(Character::isLetterOrDigit);
                }
                // A line of its own right under a credit line ("Getty Images"), as copied from a news page, is the
                // picture's caption, not story: "Kazakh President Kassym-Jomart Tokayev welcomed ... on Thursday."
                boolean ownParagraph = nl < 0 || body.substring(nl + 1, nextLineEnd(body, nl + 1)).isBlank();
                if (afterCredit && !credit && !dateline && !line.isBlank() && ownParagraph) {
                    hidden.add(new Range(lineStart, lineEnd));
                }
            }
            afterCredit = credit;
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return new Furniture(List.copyOf(hidden), List.copyOf(datelines));
    }

    private static int nextLineEnd(String body, int from) {
        int nl = body.indexOf('\n', from);
        return nl < 0 ? body.length() : nl;
    }

    /**
     * Whether a line holds a word that every {@link #CREDIT} match contains ("photo", "picture", "image" or "Getty", in
     * any case): most lines hold none, and trying the pattern at every position of a story line costs more than the
     * rest of the furniture search. A cheap test that never says no to a line the pattern matches (it ignores case at
     * least as widely as the pattern's ASCII-only {@code (?i)}).
     */
    static boolean mayHoldCredit(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ((c == 'p' || c == 'P') && (line.regionMatches(true, i, "photo", 0, 5) || line.regionMatches(true, i, "picture", 0, 7))
                    || (c == 'i' || c == 'I') && line.regionMatches(true, i, "image", 0, 5)
                    || (c == 'g' || c == 'G') && line.regionMatches(true, i, "getty", 0, 5)) {
                return true;
            }
        }
        return false;
    }

    /** A tag, section, credit or byline line: never the headline, never story text. */
    public static boolean isFurnitureLine(String line) {
        String l = line.strip();
        if (l.isEmpty()) {
            return false;
        }
        return LABELLED_LINE.matcher(l).find()
                || l.length() <= MAX_SHORT_LINE && (BYLINE.matcher(l).matches() || SECTION_PATH.matcher(l).matches()
                || TAG_LIST.matcher(l).matches());
    }

    /** Whether [start, end) of the body touches furniture other than a dateline's place. */
    public boolean hides(int start, int end) {
        for (Range r : hidden) {
            if (r.overlaps(start, end)) {
                return true;
            }
        }
        return false;
    }

    /** The body with furniture blanked out (same length, so offsets stay valid), dateline places kept. */
    public String storyText(String body) {
        char[] chars = body.toCharArray();
        for (Range r : hidden) {
            for (int i = r.start(); i < r.end() && i < chars.length; i++) {
                if (chars[i] != '\n') {
                    chars[i] = ' ';
                }
            }
        }
        return new String(chars);
    }

    /** "NEW YORK" -> "New York", "ST. LOUIS" -> "St. Louis". */
    static String usualCase(String upper) {
        StringBuilder out = new StringBuilder(upper.length());
        boolean start = true;
        for (char ch : upper.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append(start ? Character.toUpperCase(ch) : ch);
            start = ch == ' ' || ch == '-' || ch == '.';
        }
        return out.toString();
    }
}
