package io.newsroom.ingest.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.newsroom.schemas.RawArticle;

/**
 * The raw event's JSON, written by one writer for the schema check and for Kafka alike: what was checked is the
 * bytes that are sent. An article is written once ({@link ArticleChecks}); only a version the service raises later
 * (a made-up version within the same second as the one before) writes it again.
 */
public final class RawEvent {

    private static final ObjectWriter WRITER = StrictJson.MAPPER.writerFor(RawArticle.class);

    private RawEvent() {
    }

    public static byte[] bytes(RawArticle article) {
        try {
            return WRITER.writeValueAsBytes(article);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A raw article cannot be serialised", e);
        }
    }

    /** The event as a tree, for the raw event schema; {@link #bytes(JsonNode)} then writes that same tree. */
    static JsonNode tree(RawArticle article) {
        return StrictJson.MAPPER.valueToTree(article);
    }

    static byte[] bytes(JsonNode tree) {
        try {
            return StrictJson.MAPPER.writeValueAsBytes(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A raw article cannot be serialised", e);
        }
    }
}
