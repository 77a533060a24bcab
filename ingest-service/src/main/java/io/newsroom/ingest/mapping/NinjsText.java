package io.newsroom.ingest.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroom.support.http.Problem.FieldError;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The texts of a ninjs document, whatever its generation: 2.x/3.x lists ({@code headlines}, {@code bodies},
 * {@code descriptions}: role "main" else the first, HTML preferred for bodies) and the 1.x flat fields
 * ({@code headline}, {@code headline_*}, {@code body_html|xhtml|text}, {@code body_*}, {@code description_*}), plus
 * {@code title} and {@code slugline}. A picture, audio, video or graphic item carries its text as a caption or
 * description, so the description stands in for a missing body.
 */
final class NinjsText {

    /** A headline made from a sentence is cut here (at a word): a headline, not a paragraph. */
    static final int MAX_DERIVED_HEADLINE = 300;

    final String headline;
    final String title;
    final String slugline;
    final String body;
    final String description;

    private NinjsText(String headline, String title, String slugline, String body, String description) {
        this.headline = headline;
        this.title = title;
        this.slugline = slugline;
        this.body = body;
        this.description = description;
    }

    static NinjsText read(JsonNode doc, NinjsGeneration generation, List<FieldError> errors) {
        String headline = first(pick(doc, "headlines", false, generation, errors), string(doc, "headline"),
                flat(doc, "headline_", List.of("headline_main")));
        String body = first(pick(doc, "bodies", true, generation, errors),
                flat(doc, "body_", List.of("body_html", "body_xhtml", "body_text", "body_main")));
        String description = first(pick(doc, "descriptions", true, generation, errors),
                flat(doc, "description_", List.of("description_html", "description_xhtml", "description_text")));
        return new NinjsText(headline, string(doc, "title"), string(doc, "slugline"), body, description);
    }

    boolean hasAny() {
        return headline != null || title != null || slugline != null || body != null || description != null;
    }

    /** The headline, else the title, else the first sentence of the body or description, else the slugline. */
    String bestHeadline() {
        String sentence = firstSentence(body != null ? body : description);
        return first(headline, title == null ? null : cut(title), sentence, slugline == null ? null : cut(slugline));
    }

    /** The body, else the description (a picture's caption): the article's text. */
    String bestBody() {
        return body != null ? body : description;
    }

    static String firstSentence(String html) {
        String text = html == null ? null : PlainText.fromHtml(html);
        return text == null || text.isEmpty() ? null : cut(PlainText.firstSentence(text, Integer.MAX_VALUE));
    }

    /** At most MAX_DERIVED_HEADLINE characters, cut at a word, with an ellipsis saying so. */
    private static String cut(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return null;
        }
        return s.length() <= MAX_DERIVED_HEADLINE ? s : PlainText.cut(s, MAX_DERIVED_HEADLINE - 1) + "…";
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }

    private static String string(JsonNode doc, String field) {
        JsonNode node = doc.get(field);
        return node != null && node.isTextual() && !node.asText().isBlank() ? node.asText().strip() : null;
    }

    /**
     * A 1.x flat field: the preferred names in order, else the first other field the 1.x schema allows under the
     * prefix ({@code body_[a-zA-Z0-9_]+}, e.g. body_new).
     */
    private static String flat(JsonNode doc, String prefix, List<String> preferred) {
        for (String name : preferred) {
            String value = string(doc, name);
            if (value != null) {
                return value;
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().startsWith(prefix) && field.getKey().substring(prefix.length()).matches("[A-Za-z0-9_]+")
                    && field.getValue().isTextual() && !field.getValue().asText().isBlank()) {
                return field.getValue().asText().strip();
            }
        }
        return null;
    }

    /** The value of the "main" entry of a 2.x/3.x list, else the first; HTML preferred when asked. */
    private static String pick(JsonNode doc, String field, boolean preferHtml, NinjsGeneration generation,
                               List<FieldError> errors) {
        JsonNode list = doc.get(field);
        if (list == null || list.isNull()) {
            return null;
        }
        if (!list.isArray()) {
            errors.add(new FieldError("/" + field, "must be an array of objects with a string 'value'"));
            return null;
        }
        List<FieldError> own = new ArrayList<>();
        JsonNode best = null;
        int bestScore = -1;
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            if (!entry.isObject() || !entry.path("value").isTextual()) {
                own.add(new FieldError("/" + field + "/" + i, "must be an object with a string 'value'"));
                continue;
            }
            if (entry.get("value").asText().isBlank()) {
                continue;
            }
            JsonNode type = generation.field(entry, "contenttype");
            int score = ("main".equals(entry.path("role").asText()) ? 2 : 0)
                    + (preferHtml && type != null && type.asText().contains("html") ? 1 : 0);
            if (score > bestScore) {
                best = entry;
                bestScore = score;
            }
        }
        errors.addAll(own);
        return best == null ? null : best.get("value").asText();
    }
}
