package io.newsroom.store.rest;

import io.newsroom.schemas.Problem.FieldError;
import io.newsroom.store.service.ArticleFilter;
import io.newsroom.store.service.Cursor;
import io.newsroom.store.service.Taxonomy;
import jakarta.ws.rs.core.MultivaluedMap;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks the query parameters of the article list and stream. Every problem is collected, so one 400
 * names every bad parameter at once.
 */
final class QueryParams {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    static final int MAX_TEXT = 200;
    static final Set<String> FILTERS = Set.of("category", "entity", "entityType", "source", "language", "from", "to", "q");
    static final Set<String> PAGING = Set.of("limit", "cursor", "facets");

    private static final Pattern CATEGORY = Pattern.compile("medtop:[0-9]{8}");
    private static final Pattern SOURCE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}|und");
    private static final Set<String> ENTITY_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

    private final MultivaluedMap<String, String> params;
    final List<FieldError> errors = new ArrayList<>();

    QueryParams(MultivaluedMap<String, String> params, Set<String> allowed) {
        this.params = params;
        params.keySet().stream().filter(name -> !allowed.contains(name)).sorted()
                .forEach(name -> errors.add(new FieldError(name, "unknown parameter; use one of " + new java.util.TreeSet<>(allowed))));
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
        String type = single("entityType");
        if (type != null) {
            type = type.toUpperCase(Locale.ROOT);
            if (!ENTITY_TYPES.contains(type)) {
                errors.add(new FieldError("entityType", "must be one of " + new java.util.TreeSet<>(ENTITY_TYPES)));
            }
        }
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
        String text = single("limit");
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError("limit", "must be a whole number from 1 to " + MAX_LIMIT));
        return DEFAULT_LIMIT;
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
        return values.get(0);
    }

    private String text(String name, int max) {
        String value = single(name);
        if (value != null && (value.isBlank() || value.length() > max || value.indexOf('\u0000') >= 0)) {
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

    /** An ISO-8601 instant (2026-11-26T10:00:00Z) or a date (2026-11-26, midnight UTC). */
    private Instant instant(String name) {
        String value = single(name);
        if (value == null) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "must be an ISO-8601 instant such as 2026-11-26T10:00:00Z, or a date"));
            return null;
        }
    }
}
