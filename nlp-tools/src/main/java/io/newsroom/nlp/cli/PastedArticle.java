package io.newsroom.nlp.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.nlp.hygiene.Furniture;
import io.newsroom.nlp.text.HtmlCleaner;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code tag} is given, read as a headline and a body.
 * <ul>
 *   <li>A JSON article (what ingest takes: {@code headline} and {@code body}; ninjs {@code headline} or
 *       {@code headlines[0].value} and {@code body_text}, {@code body_html} or {@code bodies[0].value}).</li>
 *   <li>HTML: the first {@code <h1>}, else the {@code <title>}, is the headline and the whole document is the body.</li>
 *   <li>Plain text: the first line is the headline when more text follows it (the layout of the BBC files and of
 *       most wire copy), after any section path, tag line or section name above it; a single-line text is body
 *       only.</li>
 * </ul>
 *
 * @param headline the headline, empty when there is none
 * @param body     the body as given (text or HTML)
 */
record PastedArticle(String headline, String body) {

    /**
     * A section name on its own line above the headline, as copied from a news page: "World", "UK Politics",
     * "Science & Environment", "Middle East & Africa", "U.S.", "SPAIN ELECTIONS ›", "Africa Cup of Nations". One to
     * five words, capitalised but for "of", "and", "the", "de", and at most the mark that leads into the section's page.
     */
    private static final Pattern SECTION_NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}.'-]*(?: (?:&|of|and|the|de|\\p{Lu}[\\p{L}.'-]*)){0,3}(?: \\p{Lu}[\\p{L}.'-]*)?(?:\\s*[\u203a>\u00bb])?");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;,\"\u201d]$");

    static PastedArticle of(String input) {
        String trimmed = input.strip();
        if (trimmed.startsWith("{")) {
            return ofJson(trimmed);
        }
        if (new HtmlCleaner().looksLikeHtml(input)) {
            var doc = org.jsoup.Jsoup.parse(input);
            var h1 = doc.selectFirst("h1");
            // The page's own heading; the <title> often carries the site's name too ("… | Eurasia Today").
            return new PastedArticle(h1 != null && !h1.text().isBlank() ? h1.text() : doc.title(), input);
        }
        return ofText(trimmed);
    }

    /** A news database's labelled headline field: "HEADLINE: Netanyahu and Arafat aides report progress …". */
    private static final Pattern HEADLINE_FIELD = Pattern.compile("(?m)^(?:HEADLINE|Headline|HD)\\s*:\\s*(\\S.{3,250})$");

    /** How far down a record's labelled fields may put its headline. */
    private static final int MAX_LINES_ABOVE_HEADLINE_FIELD = 40;

    private static PastedArticle ofText(String input) {
        String normalised = input.replace("\r\n", "\n").strip();
        Matcher field = HEADLINE_FIELD.matcher(normalised);
        if (field.find() && normalised.substring(0, field.start()).chars().filter(c -> c == '\n').count() < MAX_LINES_ABOVE_HEADLINE_FIELD) {
            // A record from a news database (Nexis, an archive): its fields name the headline; the story is below it.
            return new PastedArticle(field.group(1).strip(), normalised.substring(field.end()).strip());
        }
        String text = belowMasthead(normalised);
        // A newsletter's greeting stays in the body, its masthead and contents above it do not.
        String greetings = "";
        int story = storyBelowGreeting(text);
        if (story > 0) {
            greetings = greetingsAbove(text.substring(0, story));
            text = text.substring(story).strip();
        }
        // A section path, tag line or section name above the headline ("Politics | Asia", "Tags: ...", "World") is
        // not the headline.
        while (text.indexOf('\n') > 0) {
            if (isAboveHeadline(text) || isShortLineAboveHeadline(text)) {
                text = text.substring(text.indexOf('\n') + 1).strip();
                continue;
            }
            int headline = headlineBelowChrome(text);
            if (headline <= 0) {
                break;
            }
            text = text.substring(headline).strip();
        }
        int nl = text.indexOf('\n');
        if (nl < 0) {
            return new PastedArticle("", greetings + text);
        }
        return new PastedArticle(RUBRIC.matcher(text.substring(0, nl).strip()).replaceFirst(""), greetings + text.substring(nl + 1));
    }

    /** A rubric in brackets and capitals before the headline's words: "[STATE VISIT]  Shavkat Mirziyoyev and …". */
    private static final Pattern RUBRIC = Pattern.compile("^\\[\\p{Lu}[\\p{Lu} ]{1,30}\\]\\s+(?=\\p{Lu})");

    /**
     * A newsletter's greeting above its first story ("Good morning from Tashkent. One story dominated our week …",
     * "Dear readers, …", "Welcome to issue 87 …"): the writer's own words, so they stay in the body though the headline
     * is the line below them.
     */
    private static final Pattern GREETING = Pattern.compile(
            "^(?:Good (?:morning|afternoon|evening|day)|Hello|Hi|Hey|Greetings|Dear (?:readers|reader|subscribers|all|friends)|Welcome (?:back )?to)\\b.*[.!?:,]$");

    /** How far down a newsletter's greeting may stand: its masthead, issue line, contents and links come first. */
    private static final int MAX_LINES_ABOVE_GREETING = 25;

    /**
     * A newsletter: where a greeting ("Good morning. Summer is supposed to be quiet …") stands within the first lines
     * with no paragraph of the story above it (only a masthead, a slogan, an issue line, contents, links), and a line
     * that reads as a headline follows it, the offset of that line; else -1.
     */
    private static int storyBelowGreeting(String text) {
        String[] lines = text.split("\n", MAX_LINES_ABOVE_GREETING + 1);
        int offset = 0;
        for (int i = 0; i < Math.min(lines.length - 1, MAX_LINES_ABOVE_GREETING); i++) {
            String line = lines[i].strip();
            offset += lines[i].length() + 1;
            if (GREETING.matcher(line).matches()) {
                for (int j = i + 1, at = offset; j < lines.length && j <= i + 3; j++) {
                    String next = lines[j].strip();
                    if (!next.isEmpty()) {
                        return readsAsHeadline(next) && !next.contains("\n") ? at : -1;
                    }
                    at += lines[j].length() + 1;
                }
                return -1;
            }
            // A paragraph above the greeting: this is a story that quotes one, not a newsletter.
            if (line.split("\\s+").length > 12 && SENTENCE_END.matcher(line).matches() && !Furniture.isFurnitureLine(line)) {
                return -1;
            }
        }
        return -1;
    }

    private static String greetingsAbove(String chrome) {
        StringBuilder greetings = new StringBuilder();
        for (String line : chrome.split("\n")) {
            if (GREETING.matcher(line.strip()).matches()) {
                greetings.append(line.strip()).append("\n\n");
            }
        }
        return greetings.toString();
    }

    /**
     * A site's name, its slogan and its menu above the story ("Ukrinform" / "Multimedia Platform for Foreign Broadcasting
     * of Ukraine" / "War | Politics | Economy …", or the slogan first): where a short first line (or a short second one) and a menu (four items or more) within the first four lines are
     * followed by a line that reads as a headline, the page starts below the menu. The slogan reads as a headline too,
     * but a headline is never above the page's menu.
     */
    private static String belowMasthead(String text) {
        String[] lines = text.split("\n", 2 * MAX_LINES_ABOVE_HEADLINE + 2);
        if (lines.length < 3) {
            return text;
        }
        // A slogan may stand above the site's name ("Official website of the President of the Republic of Kazakhstan" /
        // "Akorda" / the menu): then the menu is right under the name.
        boolean sloganAboveName = lines[0].strip().split("\\s+").length > 3;
        if (sloganAboveName && (lines[1].isBlank() || lines[1].strip().split("\\s+").length > 3)) {
            return text;
        }
        int seen = 0;
        int menuEnd = -1;
        for (int i = 1; i < (sloganAboveName ? 3 : lines.length - 1) && seen < 4; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            // A site's menu has many items; two names apart by a bar are a byline ("Malik Tariq | Sana Jamil").
            if (Furniture.isNavigationBar(line) && line.split("\\s*[|\u00b7\u2022]\\s*| {2,}|\\t+").length >= 4) {
                menuEnd = i;
            }
        }
        if (menuEnd < 0) {
            return text;
        }
        int offset = 0;
        for (int i = 0; i <= menuEnd; i++) {
            offset += lines[i].length() + 1;
        }
        String rest = text.substring(Math.min(offset, text.length())).strip();
        int seenBelow = 0;
        for (String line : rest.split("\n", 3 * MAX_LINES_ABOVE_HEADLINE)) {
            if (line.isBlank()) {
                continue;
            }
            if (readsAsHeadline(line.strip())) {
                return rest;
            }
            if (++seenBelow > MAX_LINES_ABOVE_HEADLINE) {
                break;
            }
        }
        return text;
    }

    /** How many lines down a page's short lines may put the headline ("Sport" / "Cricket" / "World Cup 2023" / stamp). */
    private static final int MAX_LINES_ABOVE_HEADLINE = 5;

    /**
     * Whether the first line is one of a page's short lines (a section, a tag, "NEWS", "Full article 4 comments": at
     * most four words, no closing punctuation) with a line that reads as a headline (more than four words, no closing
     * punctuation, no furniture) a few lines down, and only such short lines or furniture between. A short headline over
     * its first paragraph stays the headline: a paragraph ends in a full stop.
     */
    private static boolean isShortLineAboveHeadline(String text) {
        String[] lines = text.split("\n", 2 * MAX_LINES_ABOVE_HEADLINE + 2);
        if (!isShortLine(lines[0].strip())) {
            return false;
        }
        int seen = 0;
        for (int i = 1; i < lines.length && seen < MAX_LINES_ABOVE_HEADLINE; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            if (readsAsHeadline(line)) {
                return i + 1 < lines.length;
            }
            if (!isShortLine(line) && !Furniture.isFurnitureLine(line)) {
                return false;
            }
        }
        return false;
    }

    private static boolean isShortLine(String line) {
        return !line.isEmpty() && line.split("\\s+").length <= 4 && !SENTENCE_END.matcher(line).matches();
    }

    /** A headline may ask ("Wilders' PVV is biggest party by far, but who will work with him?"); a paragraph ends. */
    private static boolean readsAsHeadline(String line) {
        return line.split("\\s+").length > 4 && (line.endsWith("?") || !SENTENCE_END.matcher(line).matches())
                && !Furniture.isFurnitureLine(line) && !isChrome(line);
    }

    /** How many lines of a page's chrome a headline may stand under (a press corner's contents list runs to ten). */
    private static final int MAX_CHROME_LINES = 12;

    /**
     * Where the first line is a page's chrome, the offset of the first line below it that reads as a headline, with
     * only chrome, short lines or furniture between ("European Commission › Press corner" / "Choose your language: EN ▾"
     * / "Press release | 17 December 2022 | Brussels" / "Page contents" / "Top" … / the headline); else -1.
     */
    private static int headlineBelowChrome(String text) {
        String[] lines = text.split("\n", 3 * MAX_CHROME_LINES);
        if (lines.length < 3 || !isChrome(lines[0].strip())) {
            return -1;
        }
        int offset = lines[0].length() + 1;
        for (int i = 1, seen = 0; i < lines.length - 1 && seen < MAX_CHROME_LINES; i++) {
            String line = lines[i].strip();
            if (!line.isEmpty()) {
                seen++;
                if (readsAsHeadline(line)) {
                    return offset;
                }
                if (!isChrome(line) && !isShortLine(line) && !Furniture.isFurnitureLine(line)) {
                    return -1;
                }
            }
            offset += lines[i].length() + 1;
        }
        return -1;
    }

    /** The separators of a page's menus, breadcrumbs and metadata lines: bars, dots, bullets, chevrons, wide gaps. */
    private static final Pattern CHROME_GAP = Pattern.compile("\\s*[|\u00b7\u2022\u203a\u00bb]\\s*| {2,}|\\t+");
    private static final Pattern LIST_NUMBER = Pattern.compile("^\\d{1,2}[.)]\\s");

    /**
     * A line of a page's chrome, never its headline: no letter (a rule "────"), or in capitals and short (a masthead
     * "STEPPE SIGNAL", "IN THIS ISSUE"); a symbol or icon ("Choose your language: EN ▾", "⬇ Download PDF", "● LIVE", "KASE 5,284
     * ▲0.41%"; not a degree sign); a menu or breadcrumb of three items or more of four words at most ("Home   India
     * World   Business … Subscribe ₹1/day", "Programmes › Connectivity & Trade › Publications"); a metadata line of
     * three items or more apart by dots or bars ("The weekly briefing … · Issue #87 · Saturday 12 November 2022"); a
     * slogan or site name opening in lower case ("independent English-language news from Armenia", "orbit·news"); a
     * numbered list's item.
     */
    static boolean isChrome(String line) {
        if (line.isEmpty()) {
            return false;
        }
        boolean lower = false;
        boolean letter = false;
        for (int i = 0; i < line.length(); ) {
            int c = line.codePointAt(i);
            int type = Character.getType(c);
            if (c > 0x7f && c != 0xb0 && (type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL)) {
                return true;
            }
            lower |= Character.isLowerCase(c);
            letter |= Character.isLetter(c);
            i += Character.charCount(c);
        }
        // In capitals: a masthead or a rubric of a few words, or a rule with a label ("——— TEXT VIEW · PAGE 6 ———");
        // a wire's headline in capitals ("SOCCER - JAPAN GET LUCKY WIN, CHINA IN SURPRISE DEFEAT.") is longer.
        if (!letter || !lower && (line.split("\\s+").length <= 4 || !Character.isLetterOrDigit(line.codePointAt(0)))
                || LIST_NUMBER.matcher(line).find()) {
            return true;
        }
        if (line.length() > 1 && Character.isLowerCase(line.charAt(0)) && Character.isLowerCase(line.charAt(1))) {
            return true;
        }
        String[] items = CHROME_GAP.split(line);
        if (items.length >= 3) {
            boolean short4 = true;
            for (String item : items) {
                short4 &= item.isBlank() || item.strip().split("\\s+").length <= 4;
            }
            long dots = line.chars().filter(ch -> ch == '\u00b7' || ch == '|' || ch == '\u2022').count();
            return short4 || dots >= 2;
        }
        return false;
    }

    /** Whether the text's first line is page furniture, or a section name above a headline. */
    private static boolean isAboveHeadline(String text) {
        String[] lines = text.split("\n", 5);
        String first = lines[0].strip();
        if (Furniture.isFurnitureLine(first)) {
            return true;
        }
        // "World" over "Central Asian leaders meet EU chief in Astana" (right under it or after a blank line), then
        // the story: the next line is the headline when it reads as one (more than three words, no closing
        // punctuation) and the story follows it. A short headline over its first paragraph ("Storm Ciarán" over
        // "Roads were closed across the south on Thursday.") stays the headline.
        if (!SECTION_NAME.matcher(first).matches()) {
            return false;
        }
        int next = lines.length > 1 && lines[1].isBlank() ? 2 : 1;
        if (lines.length <= next + 1) {
            return false;
        }
        String candidate = lines[next].strip();
        if (SECTION_NAME.matcher(candidate).matches()) {
            return isAboveHeadline(text.substring(text.indexOf(lines[next])).strip()); // "News", then "Science & Environment"
        }
        return !candidate.isEmpty() && !SENTENCE_END.matcher(candidate).matches() && candidate.split("\\s+").length > 3;
    }

    private static PastedArticle ofJson(String input) {
        JsonNode article;
        try {
            article = new ObjectMapper().readTree(input);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the input starts with '{' but is not JSON: " + e.getOriginalMessage(), e);
        }
        String headline = firstText(article, "/headline", "/headlines/0/value");
        String body = firstText(article, "/body", "/body_text", "/body_html", "/bodies/0/value");
        if (body == null) {
            throw new IllegalArgumentException("a JSON article needs a body: \"body\" (ingest's article), or ninjs "
                    + "\"body_text\", \"body_html\" or \"bodies\"");
        }
        return new PastedArticle(headline == null ? "" : headline, body);
    }

    private static String firstText(JsonNode article, String... pointers) {
        for (String pointer : pointers) {
            JsonNode node = article.at(pointer);
            if (node.isTextual()) {
                return node.asText();
            }
        }
        return null;
    }
}
