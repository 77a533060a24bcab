package io.newsroom.ingest.mapping;

import org.jsoup.Jsoup;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Text for the fields that are plain text in the event (headline, authors): feeds put HTML in titles (escaped in
 * RSS, {@code type="html"} or {@code "xhtml"} in Atom) and ninjs headlines may be derived from HTML bodies, so tags are removed and character references decoded
 * exactly once; whitespace runs become one space. Over-long text is cut at a word boundary.
 */
public final class PlainText {

    private PlainText() {
    }

    /** The text of an HTML fragment: markup removed, entities decoded once, whitespace collapsed. */
    public static String fromHtml(String html) {
        if (html == null) {
            return null;
        }
        // Only markup needs a parser; plain text with a lone '&' or '<' would be changed by nothing else anyway.
        String text = html.indexOf('<') < 0 && html.indexOf('&') < 0 ? html : Jsoup.parseBodyFragment(html).body().text();
        return collapse(text);
    }

    public static String collapse(String text) {
        return text == null ? null : text.replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    /** At most {@code max} characters, cut after the last whole word that fits (mid-word only for one huge word). */
    public static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max;
        if (Character.isLowSurrogate(text.charAt(end))) {
            end--;   // never split a surrogate pair
        }
        int space = text.lastIndexOf(' ', end);
        String cut = space > max / 2 ? text.substring(0, space) : text.substring(0, end);
        return cut.strip();
    }

    /** The first sentence of the text (the whole text when it has no sentence end), at most {@code max} characters. */
    public static String firstSentence(String text, int max) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
        sentences.setText(text);
        int end = sentences.next();
        String first = end == BreakIterator.DONE ? text : text.substring(0, end).strip();
        return cut(first, max);
    }
}
