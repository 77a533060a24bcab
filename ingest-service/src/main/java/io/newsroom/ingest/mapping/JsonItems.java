package io.newsroom.ingest.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroom.ingest.problem.InvalidArticleException;
import io.newsroom.ingest.problem.RequestRefusedException;

import java.time.Clock;
import java.util.List;

/**
 * The JSON formats as items: one article (native JSON or ninjs), a JSON array of them, or NDJSON (one per line).
 * A request that cannot be read at all (malformed, not an array) is refused as a whole; an item that cannot be
 * mapped becomes a refused {@link Item} and never stops the others. Each item is read with the clock's time of that
 * moment (its ingestedAt, and its version when the source gave none).
 */
public final class JsonItems {

    public static final String NDJSON = "application/x-ndjson";
    private static final NinjsMapper NINJS = new NinjsMapper();

    private JsonItems() {
    }

    /** One article, a batch of one: ninjs when sent as ninjs or when it has a {@code uri}, else native JSON. */
    public static Item one(JsonNode json, String caller, boolean ninjsOnly, Clock clock) {
        return item(json, caller, ninjsOnly, clock);
    }

    /** A JSON array of articles, native and ninjs mixed. */
    public static Batch array(String text, String caller, Clock clock) {
        JsonNode array = StrictJson.parse(text);
        if (!array.isArray()) {
            throw InvalidArticleException.of(400, "batch-not-array", "Not a batch",
                    "A JSON batch is an array of articles; send one article to POST /articles, or NDJSON as " + NDJSON + ".");
        }
        return new Batch(array.size(), false, i -> item(array.get(i), caller, false, clock));
    }

    /** NDJSON: one article per non-blank line; a line that is not JSON is a refused item, not a refused request. */
    public static Batch ndjson(String text, String caller, Clock clock) {
        List<String> lines = text.lines().filter(line -> !line.isBlank()).toList();
        return new Batch(lines.size(), false, i -> {
            try {
                return item(StrictJson.parse(lines.get(i)), caller, false, clock);
            } catch (RequestRefusedException e) {
                return Item.refused(null, e);
            }
        });
    }

    private static Item item(JsonNode json, String caller, boolean ninjsOnly, Clock clock) {
        String ref = json.path("sourceId").isTextual() ? json.get("sourceId").asText()
                : json.path("uri").isTextual() ? json.get("uri").asText() : null;
        if (!json.isObject()) {
            return Item.refused(ref, InvalidArticleException.of(400, "invalid-article", "Invalid article",
                    "An article is a JSON object; got " + json.getNodeType().name().toLowerCase() + "."));
        }
        boolean ninjs = ninjsOnly || json.has("uri");
        return Item.map(ref, ninjs, () -> ninjs ? NINJS.map(json, caller, clock.instant())
                : NativeMapper.map(json, caller, clock.instant()), List.of());
    }
}
