package io.newsroom.bench.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsroom.bench.store.ArticleGenerator;
import io.newsroom.bench.store.Json;
import io.newsroom.bench.store.RawArticleGenerator;
import io.newsroom.schemas.RawArticle;
import io.newsroom.schemas.Sha256;

import java.io.UncheckedIOException;
import java.util.stream.Collectors;

/**
 * Article number {@code i} as a newsroom feed would POST it to ingest-service: the native submission JSON of the
 * store benchmark's {@link RawArticleGenerator} article (2-4 KB bodies of varied text that open with a real news lead),
 * under its own source, with that source's API key. Its id is known before sending: ingest derives it from source,
 * sourceId and URL as the generator does.
 */
final class Submissions {

    /** One article to send: its id as the store will hold it, its source (a batch holds one source's items) and body. */
    record Submission(String id, String source, byte[] json) {
    }

    private final RawArticleGenerator generator;

    Submissions(RawArticleGenerator generator) {
        this.generator = generator;
    }

    int count() {
        return generator.count();
    }

    Submission get(int i) {
        RawArticle raw = generator.article(i);
        ObjectNode json = Json.MAPPER.createObjectNode()
                .put("source", raw.source())
                .put("sourceId", raw.sourceId())
                .put("url", raw.url())
                .put("version", raw.version())
                .put("headline", raw.headline())
                .put("body", raw.body())
                .put("language", raw.language());
        putTime(json, "firstCreated", raw.firstCreated());
        putTime(json, "versionCreated", raw.versionCreated());
        putTime(json, "published", raw.published());
        raw.authors().forEach(json.putArray("authors")::add);
        try {
            return new Submission(raw.id(), raw.source(), Json.MAPPER.writeValueAsBytes(json));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void putTime(ObjectNode json, String field, java.time.Instant time) {
        if (time != null) {
            json.put(field, time.toString());
        }
    }

    /** The benchmark's key of a source (a development key: the service is configured with its hash only). */
    static String key(String source) {
        return "bench-key-" + source;
    }

    /** NEWSROOM_INGEST_API_KEYS for every source the generator uses. */
    static String apiKeysSetting() {
        return ArticleGenerator.SOURCES.stream().map(s -> s + ":" + Sha256.hex(key(s))).collect(Collectors.joining(","));
    }
}
