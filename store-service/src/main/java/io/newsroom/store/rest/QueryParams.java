package io.newsroom.store.rest;

import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.support.http.Problem.FieldError;
import io.newsroom.store.query.ArticleFilter;
import io.newsroom.store.query.Cursor;
import io.newsroom.store.query.Taxonomy;
import jakarta.ws.rs.core.MultivaluedMap;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks the query parameters of the article list, the stream and the entity list: the one place where a
 * client's mistake becomes a 400 naming the parameter, before any value reaches the database (where a U+0000 or a year
 * out of range would fail as if the database were in trouble, 503, or mid-stream). Every problem is collected, so one
 * 400 names every bad parameter at once.
 */
final class QueryParams {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    static final int MAX_TEXT = 200;
    /** The contract's entity types (EnrichedArticle.EntityType), the one list of them. */
    private static final Set<String> ENTITY_TYPES = java.util.Arrays.stream(EnrichedArticle.EntityType.values())
            .map(Enum::name).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /**
     * The filters of the article list and the stream, with what the OpenAPI document says of each: the one list of
     * them (the document gets them from here through {@link ArticleFiltersInOpenApi}, on operations marked
     * {@value #ARTICLE_FILTERS_EXTENSION}).
     */
    static final Map<String, String> FILTER_PARAMETERS = orderedMap(
            "category", "IPTC Media Topic code, e.g. medtop:15000000 (a top-level code includes its children)",
            "entity", "Entity key (e.g. wikidata:Q458) or name",
            "entityType", "One of " + String.join(", ", new java.util.TreeSet<>(ENTITY_TYPES)),
            "source", "Source name, e.g. bbc",
            "language", "ISO 639-1 code, e.g. en, or und",
            "from", "ISO-8601 instant or date, inclusive",
            "to", "ISO-8601 instant or date, exclusive",
            "q", "Full-text query");
    static final Set<String> FILTERS = FILTER_PARAMETERS.keySet();
    /** Marks an operation that takes {@link #FILTER_PARAMETERS}; replaced by them in the OpenAPI document. */
    static final String ARTICLE_FILTERS_EXTENSION = "x-newsroom-article-filters";
    static final Set<String> PAGING = Set.of("limit", "cursor", "facets");
    static final Set<String> ENTITY_LIST = Set.of("type", "q", "limit");
    static final int MAX_ENTITY_KEY = 512;

    private static final Pattern CATEGORY = Pattern.compile("medtop:[0-9]{8}");
    /** Up to 9 ASCII digits: fits an int, so parsing never fails. */
    private static final Pattern ASCII_NUMBER = Pattern.compile("[0-9]{1,9}");
    /** Up to 18 ASCII digits: fits a long. */
    private static final Pattern ASCII_LONG = Pattern.compile("[0-9]{1,18}");
    private static final Pattern SOURCE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}|und");

    private static Map<String, String> orderedMap(String... namesAndDescriptions) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndDescriptions.length; i += 2) {
            map.put(namesAndDescriptions[i], namesAndDescriptions[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    private final MultivaluedMap<String, String> params;
    final List<FieldError> errors = new ArrayList<>();

    QueryParams(MultivaluedMap<String, String> params, Set<String> allowed) {
        this.params = params;
        params.keySet().stream().filter(name -> !allowed.contains(name)).sorted()
                .forEach(name -> errors.add(new FieldError(name, allowed.isEmpty() ? "unknown parameter; this endpoint takes none"
                        : "unknown parameter; use one of " + new java.util.TreeSet<>(allowed))));
    }

    ArticleFilter filter(Taxonomy taxonomy) {
        String category = single("category");
        List<String> codes = List.of();
        if (category != null) {
            if (CATEGORY.matcher(category).matches()) {
                codes = taxonomy.withChildren(category);
            } else {
                errors.add(new FieldError("category", "must be an IPTC Media Topic code such as medtop:15000000"));
            }
        }
        String entity = text("entity", 512);
        String type = entityType("entityType");
        String source = matching("source", SOURCE, "must be a source name: lowercase letters, digits, '.', '_' or '-'");
        String language = matching("language", LANGUAGE, "must be an ISO 639-1 code such as en, or und");
        Instant from = instant("from");
        Instant to = instant("to");
        if (from != null && to != null && !from.isBefore(to)) {
            errors.add(new FieldError("to", "must be after 'from'"));
        }
        String q = text("q", MAX_TEXT);
        return new ArticleFilter(codes, entity, type, source, language, from, to, q);
    }

    int limit() {
        return wholeNumber("limit", 1, MAX_LIMIT, DEFAULT_LIMIT);
    }

    /** A whole number from {@code min} to {@code max}; {@code absent} when not given (and when invalid, reported). */
    int wholeNumber(String name, int min, int max, int absent) {
        String text = single(name);
        if (text == null) {
            return absent;
        }
        // ASCII digits only: Integer.parseInt also reads other scripts' digits (a fullwidth ５ or an Arabic-Indic ٥).
        if (ASCII_NUMBER.matcher(text).matches()) {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        }
        errors.add(new FieldError(name, "must be a whole number from " + min + " to " + max));
        return absent;
    }

    Cursor cursor(boolean text) {
        String token = single("cursor");
        if (token == null) {
            return null;
        }
        try {
            Cursor cursor = Cursor.decode(token);
            if ((cursor.kind() == Cursor.Kind.RANK) != text) {
                errors.add(new FieldError("cursor", "belongs to a query " + (text ? "without" : "with") + " 'q'; start again without a cursor"));
            }
            return cursor;
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("cursor", e.getMessage()));
            return null;
        }
    }

    boolean flag(String name) {
        String value = single(name);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (!value.equals("true")) {
            errors.add(new FieldError(name, "must be true or false"));
        }
        return true;
    }

    private String single(String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            errors.add(new FieldError(name, "give it once"));
        }
        String value = values.get(0);
        if (value != null && value.indexOf('\u0000') >= 0) {
            // PostgreSQL text cannot hold U+0000: the database would refuse the query.
            errors.add(new FieldError(name, "must not contain U+0000"));
            return null;
        }
        return value;
    }

    private String text(String name, int max) {
        String value = single(name);
        if (value != null && (value.isBlank() || value.length() > max)) {
            errors.add(new FieldError(name, "must be 1 to " + max + " characters of text"));
            return null;
        }
        return value;
    }

    private String matching(String name, Pattern pattern, String message) {
        String value = single(name);
        if (value != null && !pattern.matcher(value).matches()) {
            errors.add(new FieldError(name, message));
            return null;
        }
        return value;
    }

    /** The entity type of the entity list ({@code type}), upper-cased. */
    String entityType(String name) {
        String type = single(name);
        if (type == null) {
            return null;
        }
        type = type.toUpperCase(Locale.ROOT);
        if (!ENTITY_TYPES.contains(type)) {
            errors.add(new FieldError(name, "must be one of " + new java.util.TreeSet<>(ENTITY_TYPES)));
            return null;
        }
        return type;
    }

    /** Free text of at most {@link #MAX_TEXT} characters (the entity list's {@code q}). */
    String text(String name) {
        return text(name, MAX_TEXT);
    }

    /**
     * The stream's {@code Last-Event-ID}: a change number this stream sent (0 for "from the start"), null if absent.
     */
    Long lastEventId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (ASCII_LONG.matcher(value.trim()).matches()) {
            return Long.parseLong(value.trim());
        }
        errors.add(new FieldError("Last-Event-ID", "must be the id of an event this stream sent (a whole number from 0)"));
        return null;
    }

    /** An entity key from the path: what the entity table can hold. */
    static List<FieldError> entityKey(String key) {
        if (key.isEmpty() || key.length() > MAX_ENTITY_KEY || key.indexOf('\u0000') >= 0) {
            return List.of(new FieldError("key", "must be 1 to " + MAX_ENTITY_KEY + " characters, without U+0000"));
        }
        if (key.indexOf('\uFFFD') >= 0) {
            // The path's percent-encoded bytes were not UTF-8 (the decoder put U+FFFD in their place): no key has them.
            return List.of(new FieldError("key", "must be percent-encoded UTF-8"));
        }
        return List.of();
    }

    /**
     * An ISO-8601 instant (2026-11-26T10:00:00Z) or a date (2026-11-26, midnight UTC), in the range of article times
     * (years 0001 to 9999; PostgreSQL's own range ends earlier than Java's).
     */
    private Instant instant(String name) {
        String value = single(name);
        if (value == null) {
            return null;
        }
        try {
            // ISO_OFFSET_DATE_TIME: seconds and fraction optional (2026-11-26T10:00Z), the offset required.
            Instant instant = value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(value).toInstant();
            if (!instant.isBefore(Cursor.EARLIEST) && !instant.isAfter(Cursor.LATEST)) {
                return instant;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        errors.add(new FieldError(name, "must be an ISO-8601 instant such as 2026-11-26T10:00:00Z, or a date (midnight UTC), "
                + "from 0001-01-01 to 9999-12-31T23:59:59.999999Z"));
        return null;
    }
}
