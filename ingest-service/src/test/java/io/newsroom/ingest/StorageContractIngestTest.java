package io.newsroom.ingest;

import io.newsroom.infra.quarkus.KafkaResource;
import io.newsroom.support.http.Problem;
import io.newsroom.schemas.StorageContract;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.newsroom.ingest.TestSupport.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * What ingest answers 202 must be storable by every later stage (StorageContract): text PostgreSQL cannot hold,
 * dates outside 0001-9999, far-future versions, host-less URLs, events too large for the enriched topic, and more
 * than one JSON value in a body are refused with a 400/413 problem naming the field, in every format and in batches.
 * (End to end, from 202 to the stored article: PipelineEndToEndTest.)
 */
@QuarkusTest
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
class StorageContractIngestTest {

    private static String article(String field, String jsonValue) {
        String id = UUID.randomUUID().toString();
        String base = """
                {"source":"wire-eu","sourceId":"%s","url":"https://wire-eu.example/%s","headline":"Contract edge",
                 "body":"BRUSSELS - Leaders met.","authors":["Anna Keller"],"versionCreated":"2026-11-26T09:40:00Z"}"""
                .formatted(id, id);
        return base.replaceFirst("\"" + field + "\":(\"[^\"]*\"|\\[[^\\]]*\\])",
                java.util.regex.Matcher.quoteReplacement("\"" + field + "\":" + jsonValue));
    }

    @Test
    void shouldRefuseANulCharacterInAnyTextField() {
        refused(article("body", "\"before\\u0000after\""), "/body", "U+0000");
        refused(article("headline", "\"Nul\\u0000\""), "/headline", "U+0000");
        refused(article("authors", "[\"Anna\\u0000 Keller\"]"), "/authors/0", "U+0000");
    }

    @Test
    void shouldRefuseAnUnpairedSurrogateInsteadOfStoringAQuestionMark() {
        refused(article("headline", "\"Broken \\ud800 pair\""), "/headline", "unpaired surrogate");
        refused(article("body", "\"tail \\udc00\""), "/body", "unpaired surrogate");
        // A real pair (an emoji) is a character like any other.
        as("wire-eu").contentType("application/json").body(article("headline", "\"Pair \\ud83d\\ude00 ok\""))
                .post("/articles").then().statusCode(202);
    }

    @Test
    void shouldRefuseAVersionCreatedFarInTheFutureAndDatesOutsideTheContract() {
        refused(article("versionCreated", "\"2300-01-01T00:00:00Z\""), "/versionCreated", "future");
        refused(article("versionCreated", "\"0000-06-01T00:00:00Z\""), "/versionCreated", "0001 to 9999");
        // A publication time far ahead is odd but storable: accepted.
        as("wire-eu").contentType("application/json")
                .body(article("versionCreated", "\"2026-11-26T09:40:00Z\",\"published\":\"9999-12-31T23:59:59Z\""))
                .post("/articles").then().statusCode(202);
    }

    @Test
    void shouldRefuseAUrlWithoutHost() {
        refused(article("url", "\"https://\""), "/url", "URL");
        refused(article("url", "\"https:///path-only\""), "/url", "host");
    }

    @Test
    void shouldNotLeakJacksonInternalsForAValueJavaCannotHold() {
        as("wire-eu").contentType("application/json").body(article("versionCreated", "\"2026-06-30T23:59:60Z\""))
                .post("/articles").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors.field", hasItem("/versionCreated"))
                .body(not(containsString("reference chain")))
                .body(not(containsString("io.newsroom")));
    }

    @Test
    void shouldRefuseContentAfterTheJsonValue() {
        String one = article("headline", "\"Trailing\"");
        for (String body : new String[]{one + "{\"a\":1}", "[" + one + "] []"}) {
            as("wire-eu").contentType("application/json").body(body).post(body.startsWith("[") ? "/articles/batch" : "/articles")
                    .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                    .body("type", equalTo(Problem.TYPE_BASE + "malformed-json"))
                    .body("detail", containsString("Content follows the JSON value"));
        }
        as("wire-eu").contentType("application/json").body(one + " xyz").post("/articles")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "malformed-json")).body("detail", containsString("xyz"));
        // One NDJSON line with trailing content is refused alone; the other line is written.
        String ndjson = one.replace("\n", " ") + " {}\n" + article("headline", "\"Clean line\"").replace("\n", " ") + "\n";
        as("wire-eu").contentType("application/x-ndjson").body(ndjson.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/articles/batch")
                .then().statusCode(207).body("items.status", org.hamcrest.Matchers.contains(400, 202));
    }

    @Test
    void shouldRefuseAnEventTooLargeForTheEnrichedTopicWith413() {
        String body = "x".repeat(StorageContract.MAX_RAW_EVENT_BYTES);
        as("wire-eu").contentType("application/json").body(article("body", "\"" + body + "\""))
                .post("/articles").then().statusCode(413).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "event-too-large"))
                .body("detail", containsString(String.valueOf(StorageContract.MAX_RAW_EVENT_BYTES)));
    }

    @Test
    void shouldApplyTheContractToFeedItems() {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>T</title><link>https://regional-news.example/</link><description>d</description>
                  <item><title>Far future</title><link>https://regional-news.example/%s</link><guid>%s</guid>
                    <description>Text</description><pubDate>Fri, 31 Dec 9999 23:59:59 GMT</pubDate></item>
                </channel></rss>""".formatted(UUID.randomUUID(), UUID.randomUUID());
        as("regional-news").contentType("application/rss+xml").body(rss).post("/articles/feed")
                .then().statusCode(207).body("items[0].status", equalTo(400))
                .body("items[0].problem.errors.field", hasItem("/versionCreated"));
    }

    private static void refused(String body, String field, String message) {
        as("wire-eu").contentType("application/json").body(body).post("/articles")
                .then().log().ifValidationFails().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "invalid-article"))
                .body("errors.field", hasItem(field))
                .body("errors.message", hasItem(containsString(message)));
    }
}
