package io.newsroom.store.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.schemas.EventSchemas;
import io.newsroom.schemas.EventSchemas.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.util.stream.Collectors;

/** Reads an enriched record's value, refusing (with the reason) anything that is not a valid enriched event. */
@ApplicationScoped
public class EnrichedArticleReader {

    @Inject
    ObjectMapper mapper;

    public EnrichedArticle read(byte[] value) {
        if (value == null || value.length == 0) {
            throw new UnprocessableRecordException("Empty record value: expected an enriched article event");
        }
        JsonNode json;
        try {
            json = mapper.readTree(value);
        } catch (JsonProcessingException e) {
            throw new UnprocessableRecordException("Not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UnprocessableRecordException("Unreadable value: " + e.getMessage());
        }
        var violations = EventSchemas.get().validate(Kind.ENRICHED, json);
        if (!violations.isEmpty()) {
            throw new UnprocessableRecordException("Not a valid enriched article event: " + violations.stream()
                    .map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; ")));
        }
        return mapper.convertValue(json, EnrichedArticle.class);
    }
}
