package io.newsroom.support.http;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 7807 problem document ({@code application/problem+json}), the body of every 4xx and 5xx answer of
 * the services' HTTP APIs. {@code errors} names each failing field when the problem is invalid input;
 * {@code extensions} are further members of one kind of problem (RFC 7807, 3.2: store's 410 adds {@code canceledAt}),
 * written after the standard ones.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors,
                      @JsonIgnore Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://newsroom.io/problems/";

    /** One failing field: a JSON Pointer into the request ("/headline") or a parameter name, and what is wrong. */
    public record FieldError(String field, String message) {
    }

    public Problem {
        extensions = extensions == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, Map.of());
    }

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(TYPE_BASE + slug, title, status, detail, null, null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors, extensions);
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors, extensions);
    }

    /** This problem with one more extension member, written after the standard members in the order added. */
    public Problem withExtension(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(name, value);
        return new Problem(type, title, status, detail, instance, errors, more);
    }

    /** The extension members as JSON members of the document itself, not nested. */
    @JsonAnyGetter
    Map<String, Object> extensionMembers() {
        return extensions;
    }
}
