package io.newsroom.enrich.tagging;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.regex.Pattern;

/** Body → clean plain text: HTML is parsed leniently (jsoup) and block elements become paragraph breaks. */
final class PlainText {

    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("<\\s*[a-zA-Z!/][^>]*>");

    private PlainText() {
    }

    static String of(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        if (!LOOKS_LIKE_HTML.matcher(body).find()) {
            return body.strip();
        }
        Document doc = Jsoup.parse(body);
        doc.select("script, style, noscript, template").remove();
        StringBuilder text = new StringBuilder();
        for (Element block : doc.body().select("p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td")) {
            if (block.parents().stream().anyMatch(p -> p.is("p, li, blockquote, pre, td"))) {
                continue; // nested blocks are covered by their parent's text
            }
            String part = block.text().strip();
            if (!part.isEmpty()) {
                text.append(text.isEmpty() ? "" : "\n\n").append(part);
            }
        }
        return text.isEmpty() ? doc.body().text().strip() : text.toString();
    }
}
