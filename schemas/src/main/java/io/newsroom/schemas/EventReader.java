package io.newsroom.schemas;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a record value as an event of the contract: JSON, valid against the schema file (ignoring properties the
 * file does not declare, so an event with fields added by a later minor version still reads), then bound to the Java
 * type. Consumers read bytes and call this, so a bad record can be dead-lettered unchanged with a precise reason.
 */
public final class EventReader {

    private EventReader() {
    }

    /** @throws InvalidEventException naming what is wrong: empty, not JSON, or each field that breaks the schema */
    public static <T> T read(ObjectMapper mapper, byte[] value, EventSchemas.Kind kind, Class<T> type) {
        String what = kind == EventSchemas.Kind.RAW ? "raw article event" : "enriched article event";
        if (value == null || value.length == 0) {
            throw new InvalidEventException("Empty record value: expected a " + what);
        }
        if (kind == EventSchemas.Kind.RAW && value.length > StorageContract.MAX_RAW_EVENT_BYTES) {
            // Its enriched event and dead-letter copy would not fit Kafka's record limit (StorageContract).
            throw new InvalidEventException("The raw event has " + value.length + " bytes; the contract allows "
                    + StorageContract.MAX_RAW_EVENT_BYTES);
        }
        JsonNode json;
        try {
            json = mapper.readTree(value);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("Not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidEventException("Unreadable value: " + e.getMessage());
        }
        var violations = EventSchemas.get().validate(kind, json);
        if (!violations.isEmpty()) {
            // Tolerant reader: fields a later minor version of the contract added are dropped, the rest checked as v1.
            // Only for a record that fails as it is: a v1 event (nearly all) is validated once and never copied.
            json = EventSchemas.get().withoutUndeclaredFields(kind, json);
            violations = EventSchemas.get().validate(kind, json);
        }
        if (!violations.isEmpty()) {
            throw new InvalidEventException("Not a valid " + what + ": " + violations.stream()
                    .map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; ")));
        }
        T event;
        try {
            // Bound by walking the tree already parsed: convertValue would write it to a buffer and parse that again.
            event = mapper.treeToValue(json, type);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("Not a valid " + what + ": " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("Not a valid " + what + ": " + e.getMessage());
        }
        List<StorageContract.Violation> broken = event instanceof RawArticle raw ? StorageContract.violations(raw)
                : event instanceof EnrichedArticle enriched ? StorageContract.violations(enriched) : List.of();
        if (!broken.isEmpty()) {
            throw new InvalidEventException("Cannot be stored: " + broken.stream()
                    .map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; ")));
        }
        return event;
    }
}
