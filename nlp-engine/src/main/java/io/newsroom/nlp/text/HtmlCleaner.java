package io.newsroom.nlp.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns an article body into the clean plain text that the store keeps and that all mention offsets point
 * into. HTML (detected by its tags or entities) goes through jsoup, which tolerates malformed markup; block
 * elements become line breaks so paragraphs, headings and list items stay separate sentences; scripts,
 * styles and other non-content elements are dropped. Plain text only gets its line endings and control
 * characters normalised. Stateless and thread-safe.
 */
public final class HtmlCleaner {

    /**
     * An HTML element, comment or character reference. Only elements HTML has: a wire screen's instrument codes in
     * angle brackets ("Related: &lt;BUBA&gt; &lt;VOWG.DE&gt;") are text, not markup to strip.
     */
    private static final Pattern HTML_HINT = Pattern.compile(
            "(?i)</?(?:p|div|br|span|a|b|i|u|s|em|strong|small|sup|sub|h[1-6]|ul|ol|li|dl|dt|dd|table|thead|tbody|tfoot|tr|td|th|"
                    + "caption|img|figure|figcaption|picture|source|video|audio|nav|aside|footer|header|section|article|main|"
                    + "blockquote|q|cite|abbr|time|mark|del|ins|code|pre|hr|html|body|head|title|meta|link|script|style|"
                    + "noscript|template|iframe|svg|button|form|input|label|select|option|textarea|center|font)(\\s[^<>]*)?/?>"
                    + "|<!--|&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "object", "head", "title", "button", "select", "form", "canvas", "math");
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "ul", "ol", "dl", "dt", "dd", "tr", "table", "blockquote", "section", "article", "header", "footer",
            "aside", "figure", "figcaption", "pre", "hr", "main", "nav", "address", "caption", "summary", "details",
            "body", "html", "td", "th");

    /** A tag (with its attributes), a comment, or a script/style element with its content. */
    private static final Pattern MARKUP = Pattern.compile(
            "<(script|style)\\b[^>]*>.*?(</\\1\\s*>|$)|<!--.*?(-->|$)|</?[a-zA-Z][a-zA-Z0-9-]*(\\s[^<>]*)?/?>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /**
     * A plain-text field (the headline) with any markup in it blanked out: each tag, comment and script/style
     * element becomes spaces of the same length, so offsets into the result point at the same characters of the
     * original. Markup pasted into a headline is never text to tag (an attribute's {@code alert('X')} is no
     * organisation), while mentions found in the rest still address the headline as stored.
     */
    public String maskMarkup(String text) {
        if (text.indexOf('<') < 0) {
            return text;
        }
        java.util.regex.Matcher m = MARKUP.matcher(text);
        StringBuilder out = null;
        while (m.find()) {
            if (out == null) {
                out = new StringBuilder(text);
            }
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out == null ? text : out.toString();
    }

    public boolean looksLikeHtml(String body) {
        return body.indexOf('<') >= 0 || body.indexOf('&') >= 0 ? HTML_HINT.matcher(body).find() : false;
    }

    /**
     * Elements whose text a reader sees but that are not the story: a picture and its caption, navigation, side
     * panels (tag lists, related links) and the page footer.
     */
    private static final Set<String> FURNITURE_ELEMENTS = Set.of("figure", "figcaption", "nav", "aside", "footer");
    /** Private-use characters that bracket furniture text while the clean text is built; never left in it. */
    private static final char FURNITURE_START = '\uE000';
    private static final char FURNITURE_END = '\uE001';

    /**
     * A body's clean text, and the char ranges [start, end) of it that came from the HTML furniture elements
     * ({@code <figcaption>}, {@code <nav>}, {@code <aside>}, …); none for plain text.
     */
    public record Cleaned(String text, java.util.List<int[]> furniture) {
    }

    /** Clean text of a body that may be HTML or plain text; never null. */
    public String clean(String body) {
        return cleanWithFurniture(body).text();
    }

    /** As {@link #clean}, with the ranges of the text that came from HTML furniture elements. */
    public Cleaned cleanWithFurniture(String body) {
        if (body == null || body.isEmpty()) {
            return new Cleaned("", java.util.List.of());
        }
        return looksLikeHtml(body) ? htmlToText(body) : new Cleaned(normalisePlain(body), java.util.List.of());
    }

    Cleaned htmlToText(String html) {
        Element root = Jsoup.parseBodyFragment(html).body();
        StringBuilder out = new StringBuilder(html.length() / 2);
        NodeTraversor.traverse(new NodeVisitor() {
            private int skipDepth;
            private int furnitureDepth;
            private boolean open;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element el) {
                    if (skipDepth > 0 || SKIPPED.contains(el.normalName())) {
                        skipDepth++;
                        return;
                    }
                    if (BLOCKS.contains(el.normalName())) {
                        lineBreak(out);
                    } else if (el.normalName().equals("td") || el.normalName().equals("th")) {
                        out.append(' ');
                    }
                    if (FURNITURE_ELEMENTS.contains(el.normalName())) {
                        furnitureDepth++;
                    }
                } else if (node instanceof TextNode text && skipDepth == 0) {
                    String t = text.getWholeText().replace(FURNITURE_START, ' ').replace(FURNITURE_END, ' ');
                    if (furnitureDepth > 0 && !open && !t.isBlank()) {
                        // The bracket opens right before the element's first letter, so the lines stay as they were.
                        appendCollapsed(out, t.substring(0, firstNonBlank(t)));
                        out.append(FURNITURE_START);
                        open = true;
                        appendCollapsed(out, t.substring(firstNonBlank(t)));
                    } else {
                        appendCollapsed(out, t);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el) {
                    if (skipDepth > 0) {
                        skipDepth--;
                        return;
                    }
                    if (FURNITURE_ELEMENTS.contains(el.normalName()) && --furnitureDepth == 0 && open) {
                        // The bracket closes right after the element's last letter, before any line break it ended with.
                        int end = out.length();
                        while (end > 0 && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == '\n')) {
                            end--;
                        }
                        String breaks = out.substring(end).replace(" ", "");
                        out.setLength(end);
                        out.append(FURNITURE_END).append(breaks);
                        open = false;
                    }
                    if (BLOCKS.contains(el.normalName())) {
                        lineBreak(out);
                    }
                }
            }
        }, root);
        return unmark(normalisePlain(out.toString()));
    }

    private static int firstNonBlank(String t) {
        int i = 0;
        while (i < t.length() && (Character.isWhitespace(t.charAt(i)) || t.charAt(i) == '\u00A0')) {
            i++;
        }
        return i;
    }

    /** Takes the furniture brackets out of the clean text, keeping where they stood as ranges. */
    private static Cleaned unmark(String marked) {
        StringBuilder text = new StringBuilder(marked.length());
        java.util.List<int[]> ranges = new java.util.ArrayList<>();
        int start = -1;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == FURNITURE_START) {
                start = text.length();
            } else if (c == FURNITURE_END) {
                if (start >= 0 && text.length() > start) {
                    ranges.add(new int[]{start, text.length()});
                }
                start = -1;
            } else {
                text.append(c);
            }
        }
        return new Cleaned(text.toString(), java.util.List.copyOf(ranges));
    }

    private static void lineBreak(StringBuilder out) {
        int len = out.length();
        while (len > 0 && out.charAt(len - 1) == ' ') {
            out.setLength(--len);
        }
        if (len > 0 && out.charAt(len - 1) != '\n') {
            out.append('\n');
        }
    }

    private static void appendCollapsed(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                int len = out.length();
                if (len > 0 && out.charAt(len - 1) != ' ' && out.charAt(len - 1) != '\n') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
    }

    /** Unifies line endings, drops control chars (except tab/newline), trims lines, collapses blank lines. */
    String normalisePlain(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int blankRun = 0;
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String clean = stripControls(line).strip();
            if (clean.isEmpty()) {
                blankRun++;
                continue;
            }
            if (out.length() > 0) {
                out.append(blankRun > 0 ? "\n\n" : "\n");
            }
            out.append(clean);
            blankRun = 0;
        }
        return out.toString();
    }

    private static String stripControls(String line) {
        StringBuilder sb = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean drop = Character.getType(c) == Character.CONTROL && c != '\t';
            if (drop && sb == null) {
                sb = new StringBuilder(line.length()).append(line, 0, i);
            } else if (!drop && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? line : sb.toString();
    }
}
