package io.newsroom.ingest.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroom.ingest.service.InvalidArticleException;
import io.newsroom.schemas.ArticleIds;
import io.newsroom.schemas.OriginalDocument;
import io.newsroom.schemas.Problem;
import io.newsroom.schemas.Problem.FieldError;
import io.newsroom.schemas.PubStatus;
import io.newsroom.schemas.RawArticle;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Maps an IPTC ninjs 2.x document (1.x field names accepted too) onto the raw event; the document itself is kept
 * unchanged in {@code original}. {@code uri} is the item id, {@code version} (string or number) the version,
 * {@code headlines}/{@code bodies} give headline and body (role "main" or the first; HTML body preferred),
 * {@code by} and authoring {@code people} the authors. The URL is the first http(s) {@code links[].href}
 * (canonical first), else the uri itself when it is http(s), else none: ninjs requires only {@code uri}, and a wire
 * story often has no public page yet (the event's url is then null, contract 1.2). Subjects and everything else
 * stay in the original.
 */
@ApplicationScoped
public class NinjsMapper {

    private static final Set<String> AUTHOR_RELS = Set.of("author", "creator", "byline", "writer", "contributor");

    public Candidate map(JsonNode doc, String source, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        String uri = text(doc, "uri", errors, true);
        Integer version = version(doc, errors);
        Instant versionCreated = time(doc, "versioncreated", errors);
        Instant firstCreated = time(doc, "firstcreated", errors);
        // ninjs has no publication time of its own: the first version's time is when the story first went out.
        Instant published = firstCreated;
        PubStatus status = pubStatus(doc, errors);
        String headline = headline(doc, errors);
        String body = body(doc, errors);
        String url = url(doc, uri);
        if (headline == null && status == PubStatus.CANCELED && uri != null) {
            headline = "Canceled: " + uri;
        }
        if (headline == null && errors.stream().noneMatch(e -> e.field().startsWith("/headline"))) {
            errors.add(new FieldError("/headlines", "a ninjs item needs a headline: headlines[].value (or headline)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidArticleException(Problem.of(400, "invalid-ninjs", "Invalid ninjs document",
                    errors.size() + " field(s) of the ninjs document cannot be mapped").withErrors(errors));
        }
        Instant created = versionCreated == null ? now : versionCreated;
        String language = Languages.normalise(doc.path("language").isTextual() ? doc.get("language").asText() : null);
        RawArticle article = new RawArticle(ArticleIds.derive(source, uri, url), source, uri, url,
                version == null ? Versions.fromTime(created) : version, headline, body == null ? "" : body, language,
                firstCreated, created, published, authors(doc), status, now,
                new OriginalDocument(OriginalDocument.NINJS, schemaVersion(doc), doc));
        return new Candidate(article, version != null, versionCreated != null);
    }

    private static String text(JsonNode doc, String field, List<FieldError> errors, boolean required) {
        JsonNode node = doc.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                errors.add(new FieldError("/" + field, "required property '" + field + "' not found"));
            }
            return null;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            errors.add(new FieldError("/" + field, "must be a non-empty string"));
            return null;
        }
        return node.asText().strip();
    }

    private static Integer version(JsonNode doc, List<FieldError> errors) {
        JsonNode node = doc.get("version");
        if (node == null || node.isNull()) {
            return null;
        }
        String value = node.isIntegralNumber() || node.isTextual() ? node.asText().strip() : "";
        if (!value.matches("[0-9]{1,9}") || Integer.parseInt(value) < 1) {
            errors.add(new FieldError("/version", "must be a positive integer (as a string or a number), got " + node));
            return null;
        }
        return Integer.parseInt(value);
    }

    private static Instant time(JsonNode doc, String field, List<FieldError> errors) {
        JsonNode node = doc.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(node.asText()).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("/" + field, "must be an ISO 8601 date-time with offset, got " + node));
            return null;
        }
    }

    private static PubStatus pubStatus(JsonNode doc, List<FieldError> errors) {
        JsonNode node = doc.get("pubstatus");
        if (node == null || node.isNull()) {
            return PubStatus.USABLE;
        }
        return switch (node.asText().toLowerCase(Locale.ROOT)) {
            case "usable" -> PubStatus.USABLE;
            case "withheld" -> PubStatus.WITHHELD;
            case "canceled", "cancelled" -> PubStatus.CANCELED;
            default -> {
                errors.add(new FieldError("/pubstatus", "must be one of usable, withheld, canceled, got " + node));
                yield null;
            }
        };
    }

    private static String headline(JsonNode doc, List<FieldError> errors) {
        String fromList = pick(doc, "headlines", false, errors);
        if (fromList != null) {
            return fromList;
        }
        JsonNode single = doc.get("headline");
        return single != null && single.isTextual() && !single.asText().isBlank() ? single.asText().strip() : null;
    }

    private static String body(JsonNode doc, List<FieldError> errors) {
        String fromList = pick(doc, "bodies", true, errors);
        if (fromList != null) {
            return fromList;
        }
        for (String legacy : List.of("body_html", "body_xhtml", "body_text")) {
            if (doc.path(legacy).isTextual()) {
                return doc.get(legacy).asText();
            }
        }
        return null;
    }

    /** The value of the "main" entry of headlines/bodies, else the first; bodies prefer HTML. */
    private static String pick(JsonNode doc, String field, boolean preferHtml, List<FieldError> errors) {
        JsonNode list = doc.get(field);
        if (list == null || list.isNull()) {
            return null;
        }
        if (!list.isArray()) {
            errors.add(new FieldError("/" + field, "must be an array of objects with a string 'value'"));
            return null;
        }
        JsonNode best = null;
        int bestScore = -1;
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            if (!entry.isObject() || !entry.path("value").isTextual()) {
                errors.add(new FieldError("/" + field + "/" + i, "must be an object with a string 'value'"));
                continue;
            }
            int score = ("main".equals(entry.path("role").asText()) ? 2 : 0)
                    + (preferHtml && entry.path("contenttype").asText().contains("html") ? 1 : 0);
            if (score > bestScore) {
                best = entry;
                bestScore = score;
            }
        }
        return best == null ? null : best.get("value").asText();
    }

    private static String url(JsonNode doc, String uri) {
        String found = null;
        JsonNode links = doc.path("links");
        for (JsonNode link : links.isArray() ? links : List.<JsonNode>of()) {
            String href = link.path("href").asText("");
            if (href.startsWith("http://") || href.startsWith("https://")) {
                if ("canonical".equals(link.path("rel").asText()) || found == null) {
                    found = href;
                }
            }
        }
        if (found == null && uri != null && (uri.startsWith("http://") || uri.startsWith("https://"))) {
            found = uri;
        }
        return found == null ? null : ArticleIds.canonicalUrl(found);
    }

    private static List<String> authors(JsonNode doc) {
        Set<String> names = new LinkedHashSet<>();
        String by = doc.path("by").asText(doc.path("byline").asText(""));
        by = by.replaceFirst("(?i)^\\s*by\\s+", "");
        for (String name : by.split(",|\\band\\b|;")) {
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        for (JsonNode person : doc.path("people")) {
            String rel = (person.path("rel").asText("") + " " + person.path("role").asText("")).toLowerCase(Locale.ROOT);
            if (person.path("name").isTextual() && AUTHOR_RELS.stream().anyMatch(rel::contains)) {
                names.add(person.get("name").asText().strip());
            }
        }
        return names.stream().filter(n -> !n.isEmpty()).limit(100).toList();
    }

    private static String schemaVersion(JsonNode doc) {
        String schema = doc.path("$schema").asText(null);
        if (schema != null) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+\\.\\d+)").matcher(schema);
            return m.find() ? m.group(1) : schema.length() > 200 ? schema.substring(0, 200) : schema;
        }
        return doc.has("headlines") || doc.has("bodies") ? "2.x" : "1.x";
    }
}
