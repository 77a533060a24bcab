package io.newsroom.ingest.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroom.ingest.problem.InvalidArticleException;
import io.newsroom.schemas.ArticleIds;
import io.newsroom.schemas.OriginalDocument;
import io.newsroom.support.http.Problem;
import io.newsroom.support.http.Problem.FieldError;
import io.newsroom.schemas.PubStatus;
import io.newsroom.schemas.RawArticle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Maps an IPTC ninjs 1.x, 2.x or 3.x document ({@link NinjsGeneration}) onto the raw event; the document itself is
 * kept unchanged in {@code original} with the detected version. ninjs requires only {@code uri}: it is the item id.
 * {@code version} is any string (numeric ones are ordered as numbers, others by time: {@link Versions#fromNinjs}).
 * Headline and body come from {@link NinjsText} (a missing headline is derived; a document without any text is
 * refused, unless it is a cancellation). The URL is the first http(s) {@code links[].href} (canonical first), else
 * the uri itself when it is http(s), else none (the event's url is then null, contract 1.2). Dates that ninjs 1.x
 * let through unchecked ("Last Tuesday") are left in the original and not mapped. Subjects and everything else stay
 * in the original.
 */
public class NinjsMapper {

    private static final Set<String> AUTHOR_RELS = Set.of("author", "creator", "byline", "writer", "contributor");

    public Candidate map(JsonNode doc, String source, Instant now) {
        NinjsGeneration generation = NinjsGeneration.detect(doc);
        List<FieldError> errors = new ArrayList<>();
        String uri = uri(doc, errors);
        String versionText = version(doc, errors);
        Instant versionCreated = time(generation.field(doc, "versioncreated"));
        Instant firstCreated = time(generation.field(doc, "firstcreated"));
        PubStatus status = pubStatus(generation, doc, errors);
        NinjsText text = NinjsText.read(doc, generation, errors);
        String headline = text.bestHeadline();
        if (headline == null && status == PubStatus.CANCELED && uri != null) {
            headline = "Canceled: " + uri;
        }
        if (headline == null && errors.isEmpty()) {
            errors.add(new FieldError("/headlines", noText(doc)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidArticleException(Problem.of(400, "invalid-ninjs", "Invalid ninjs document",
                    errors.size() + " field(s) of the ninjs document cannot be mapped").withErrors(errors));
        }
        Integer version = Versions.fromNinjs(versionText);
        Instant created = versionCreated == null ? now : versionCreated;
        String body = text.bestBody();
        String url = url(doc, uri);
        String language = Languages.normalise(doc.path("language").isTextual() ? doc.get("language").asText() : null);
        // ninjs has no publication time of its own: the first version's time is when the story first went out.
        RawArticle article = new RawArticle(ArticleIds.derive(source, uri, url), source, uri, url,
                version == null ? Versions.fromTime(created) : version, headline.strip(), body == null ? "" : body,
                language, firstCreated, created, firstCreated, authors(doc), status, now,
                new OriginalDocument(OriginalDocument.NINJS, NinjsGeneration.schemaVersion(doc), doc));
        return new Candidate(article, version != null, versionCreated != null);
    }

    /** Why a document without text is refused, in the words of its type (a picture needs a caption). */
    private static String noText(JsonNode doc) {
        String type = doc.path("type").asText("text");
        String needs = switch (type) {
            case "picture", "graphic", "video", "audio", "composite", "component" ->
                    "a " + type + " item becomes an article with its caption or description as text";
            case "event", "planning" -> "an " + type + " item becomes an article only with a title or description";
            default -> "an article needs some text";
        };
        return "the ninjs item has no text (no headline, title, slugline, body or description): " + needs;
    }

    private static String uri(JsonNode doc, List<FieldError> errors) {
        JsonNode node = doc.get("uri");
        if (node == null || node.isNull()) {
            errors.add(new FieldError("/uri", "required property 'uri' not found"));
            return null;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            errors.add(new FieldError("/uri", "must be a non-empty string"));
            return null;
        }
        return node.asText().strip();
    }

    /** ninjs defines version as a string; a number is taken too (a common slip), anything else is refused. */
    private static String version(JsonNode doc, List<FieldError> errors) {
        JsonNode node = doc.get("version");
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual() || node.isIntegralNumber()) {
            return node.asText();
        }
        errors.add(new FieldError("/version", "must be a string (any text; numbers are ordered as numbers), got " + node));
        return null;
    }

    /**
     * A date-time with offset; without an offset it is read as UTC, a date alone as its start in UTC. Anything
     * else gives null: ninjs 1.x did not check dates, and the value stays readable in the original.
     */
    private static Instant time(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        String value = node.asText().strip();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException notADate) {
                    return null;
                }
            }
        }
    }

    private static PubStatus pubStatus(NinjsGeneration generation, JsonNode doc, List<FieldError> errors) {
        JsonNode node = generation.field(doc, "pubstatus");
        if (node == null) {
            return PubStatus.USABLE;
        }
        return switch (node.asText().toLowerCase(Locale.ROOT)) {
            case "usable" -> PubStatus.USABLE;
            case "withheld" -> PubStatus.WITHHELD;
            case "canceled", "cancelled" -> PubStatus.CANCELED;
            default -> {
                String field = doc.has("pubStatus") ? "/pubStatus" : "/pubstatus";
                errors.add(new FieldError(field, "must be one of usable, withheld, canceled, got " + node));
                yield null;
            }
        };
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
        return found;   // as the source wrote it: the id comes from source + uri, never from the link
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
}
