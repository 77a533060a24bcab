package io.newsroom.schemas;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.stream.Collectors;

/**
 * Reads a record value as an event of the contract: JSON, valid against the schema file, then bound to the Java
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
            throw new InvalidEventException("Not a valid " + what + ": " + violations.stream()
                    .map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; ")));
        }
        return mapper.convertValue(json, type);
    }
}
