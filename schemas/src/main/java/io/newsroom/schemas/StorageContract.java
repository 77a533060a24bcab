package io.newsroom.schemas;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What the pipeline can carry and store, defined once: ingest refuses (400/413) whatever breaks it, so that every
 * article answered 202 fits every later stage; enrich and store check the same rules on what they read, so a record
 * that reached a topic some other way is dead-lettered with the reason instead of failing deep inside a stage.
 * <ul>
 *   <li><b>Text</b>: no U+0000 (PostgreSQL {@code text} and {@code jsonb} cannot hold it) and no unpaired surrogate
 *       (it has no UTF-8 form: it would silently become {@code ?}), in any string, the original document included.</li>
 *   <li><b>Dates</b>: from 0001-01-01 to 9999-12-31 (RFC 3339's four-digit years), within PostgreSQL's
 *       {@code timestamptz} and the store's microsecond arithmetic.</li>
 *   <li><b>URLs</b>: absolute http(s) with a host.</li>
 *   <li><b>Entities</b>: name and key at most {@link #MAX_ENTITY_CHARS} characters (indexed columns).</li>
 *   <li><b>Sizes</b>: a raw event of at most {@link #MAX_RAW_EVENT_BYTES}, so that the enriched event (the raw
 *       fields, the plain body text and the tags) stays within {@link #MAX_ENRICHED_EVENT_BYTES}, and a dead-letter
 *       copy of either, with its reason headers, within Kafka's default record limit {@link #MAX_RECORD_BYTES}, on
 *       any cluster with default settings.</li>
 * </ul>
 */
public final class StorageContract {

    /** Kafka's default {@code max.request.size} (producers) and, within a few bytes, {@code max.message.bytes}. */
    public static final int MAX_RECORD_BYTES = 1_048_576;

    /**
     * The largest enriched event enrich-service publishes (it trims tags, then the plain body text, to stay within);
     * leaves room under {@link #MAX_RECORD_BYTES} for headers and a dead-letter copy's reason headers.
     */
    public static final int MAX_ENRICHED_EVENT_BYTES = 1_000_000;

    /**
     * The largest raw event ingest-service accepts (serialised JSON). The enriched event repeats it and adds the plain
     * body text (at most about as long as the body) and tags: 450,000 bytes leave that within
     * {@link #MAX_ENRICHED_EVENT_BYTES} even for a body that is nearly all of the raw event.
     */
    public static final int MAX_RAW_EVENT_BYTES = 450_000;

    /**
     * Entity keys and names are indexed (btree entries hold at most ~2,700 bytes): 500 characters is at most 2,000
     * bytes. No real name comes near it; a longer one is a recognition error, and enrich drops it.
     */
    public static final int MAX_ENTITY_CHARS = 500;

    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    private StorageContract() {
    }

    /** One broken rule: the field as a JSON Pointer into the event ("/body", "/authors/2") and what is wrong. */
    public record Violation(String field, String message) {
    }

    /** Every rule the raw article breaks; empty when it can be carried and stored. */
    public static List<Violation> violations(RawArticle a) {
        List<Violation> found = new ArrayList<>();
        text(found, "/id", a.id());
        text(found, "/source", a.source());
        text(found, "/sourceId", a.sourceId());
        url(found, "/url", a.url());
        text(found, "/headline", a.headline());
        text(found, "/body", a.body());
        text(found, "/language", a.language());
        texts(found, "/authors", a.authors());
        date(found, "/firstCreated", a.firstCreated());
        date(found, "/versionCreated", a.versionCreated());
        date(found, "/published", a.published());
        date(found, "/ingestedAt", a.ingestedAt());
        if (a.original() != null) {
            text(found, "/original/version", a.original().version());
            json(found, "/original/document", a.original().document());
        }
        return found;
    }

    /** Every rule the enriched article breaks (the raw rules, and the same text rules on the tags). */
    public static List<Violation> violations(EnrichedArticle a) {
        List<Violation> found = new ArrayList<>(violations(new RawArticle(a.id(), a.source(), a.sourceId(), a.url(),
                a.version(), a.headline(), a.body(), a.language(), a.firstCreated(), a.versionCreated(), a.published(),
                a.authors(), a.pubStatus(), a.ingestedAt(), a.original())));
        text(found, "/bodyText", a.bodyText());
        text(found, "/summary", a.summary());
        texts(found, "/keywords", a.keywords());
        date(found, "/enrichedAt", a.enrichedAt());
        text(found, "/enricherVersion", a.enricherVersion());
        for (int i = 0; i < a.categories().size(); i++) {
            text(found, "/categories/" + i + "/label", a.categories().get(i).label());
        }
        for (int i = 0; i < a.entities().size(); i++) {
            EnrichedArticle.Entity e = a.entities().get(i);
            text(found, "/entities/" + i + "/name", e.name());
            text(found, "/entities/" + i + "/key", e.key());
            if (!storableEntity(e)) {
                found.add(new Violation("/entities/" + i, "has a name or key over " + MAX_ENTITY_CHARS + " characters"));
            }
        }
        return found;
    }

    /** Whether the entity's name and key fit the archive's indexed columns. */
    public static boolean storableEntity(EnrichedArticle.Entity e) {
        return (e.name() == null || e.name().length() <= MAX_ENTITY_CHARS)
                && (e.key() == null || e.key().length() <= MAX_ENTITY_CHARS);
    }

    /** Why a string cannot be stored, or null when it can. */
    public static String textProblem(String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                return "contains U+0000 (NUL) at character " + i + ", which cannot be stored";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "contains an unpaired surrogate (U+" + hex(c) + ") at character " + i + ", which is not a character";
            }
            if (Character.isLowSurrogate(c)) {
                return "contains an unpaired surrogate (U+" + hex(c) + ") at character " + i + ", which is not a character";
            }
        }
        return null;
    }

    /** Why a time cannot be stored, or null when it can. */
    public static String dateProblem(Instant time) {
        if (time != null && (time.isBefore(EARLIEST) || time.isAfter(LATEST))) {
            return "is outside the years 0001 to 9999";
        }
        return null;
    }

    /** Why a URL cannot be carried (absolute http or https with a host), or null when it can. */
    public static String urlProblem(String url) {
        if (url == null) {
            return null;
        }
        String text = textProblem(url);
        if (text != null) {
            return text;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return "must be an absolute http or https URL";
            }
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                return "must name a host (e.g. https://example.com/story)";
            }
            return null;
        } catch (URISyntaxException e) {
            return "is not a valid URL: " + e.getReason() + " at index " + e.getIndex();
        }
    }

    private static void text(List<Violation> found, String field, String value) {
        String problem = textProblem(value);
        if (problem != null) {
            found.add(new Violation(field, problem));
        }
    }

    private static void texts(List<Violation> found, String field, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            text(found, field + "/" + i, values.get(i));
        }
    }

    private static void date(List<Violation> found, String field, Instant value) {
        String problem = dateProblem(value);
        if (problem != null) {
            found.add(new Violation(field, problem));
        }
    }

    private static void url(List<Violation> found, String field, String value) {
        String problem = urlProblem(value);
        if (problem != null) {
            found.add(new Violation(field, problem));
        }
    }

    /** Every string of a JSON document, property names included (jsonb refuses U+0000 in either). */
    private static void json(List<Violation> found, String pointer, JsonNode node) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            text(found, pointer, node.textValue());
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                json(found, pointer + "/" + i, node.get(i));
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String name = field.getKey();
                String problem = textProblem(name);
                if (problem != null) {
                    found.add(new Violation(pointer, "has a property name that " + problem));
                    continue;
                }
                json(found, pointer + "/" + name.replace("~", "~0").replace("/", "~1"), field.getValue());
            }
        }
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
