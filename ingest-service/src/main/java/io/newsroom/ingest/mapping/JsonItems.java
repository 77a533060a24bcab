package io.newsroom.ingest.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroom.ingest.problem.InvalidArticleException;
import io.newsroom.ingest.problem.RequestRefusedException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON formats as items: one article (native JSON or ninjs), a JSON array of them, or NDJSON (one per line).
 * A request that cannot be read at all (malformed, not an array, empty, too many items) is refused as a whole; an
 * item that cannot be mapped becomes a refused {@link Item} and never stops the others. Each item is read with the
 * clock's time of that moment (its ingestedAt, and its version when the source gave none).
 */
public final class JsonItems {

    public static final String NDJSON = "application/x-ndjson";
    private static final NinjsMapper NINJS = new NinjsMapper();

    private JsonItems() {
    }

    /** One article: ninjs when sent as ninjs or when it has a {@code uri}, else native JSON; throws when it cannot be. */
    public static Candidate article(JsonNode json, String caller, boolean ninjsOnly, Clock clock) {
        if (!json.isObject()) {
            throw InvalidArticleException.of(400, "invalid-article", "Invalid article",
                    "An article is a JSON object; got " + json.getNodeType().name().toLowerCase() + ".");
        }
        if (ninjsOnly || json.has("uri")) {
            return ArticleChecks.validated(NINJS.map(json, caller, clock.instant()));
        }
        return NativeMapper.map(json, caller, clock.instant());
    }

    /** A JSON array of articles, native and ninjs mixed. */
    public static List<Item> array(String text, String caller, Clock clock, int maxItems) {
        JsonNode array = StrictJson.parse(text);
        if (!array.isArray()) {
            throw InvalidArticleException.of(400, "batch-not-array", "Not a batch",
                    "A JSON batch is an array of articles; send one article to POST /articles, or NDJSON as " + NDJSON + ".");
        }
        BatchLimit.require(array.size(), false, maxItems);
        List<Item> items = new ArrayList<>(array.size());
        for (JsonNode json : array) {
            items.add(item(json, caller, clock));
        }
        return items;
    }

    /** NDJSON: one article per non-blank line; a line that is not JSON is a refused item, not a refused request. */
    public static List<Item> ndjson(String text, String caller, Clock clock, int maxItems) {
        List<String> lines = text.lines().filter(line -> !line.isBlank()).toList();
        BatchLimit.require(lines.size(), false, maxItems);
        List<Item> items = new ArrayList<>(lines.size());
        for (String line : lines) {
            try {
                items.add(item(StrictJson.parse(line), caller, clock));
            } catch (RequestRefusedException e) {
                items.add(Item.refused(null, e));
            }
        }
        return items;
    }

    private static Item item(JsonNode json, String caller, Clock clock) {
        String ref = json.path("sourceId").isTextual() ? json.get("sourceId").asText()
                : json.path("uri").isTextual() ? json.get("uri").asText() : null;
        try {
            return Item.of(ref, article(json, caller, false, clock));
        } catch (RequestRefusedException e) {
            return Item.refused(ref, e);
        }
    }
}
