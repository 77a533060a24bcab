package io.newsroom.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroom.infra.quarkus.KafkaCompanionTest;
import io.newsroom.infra.quarkus.KafkaResource;
import io.newsroom.schemas.ArticleIds;
import io.newsroom.schemas.EventSchemas;
import io.newsroom.schemas.EventSchemas.Kind;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.newsroom.support.http.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.newsroom.ingest.TestSupport.as;
import static io.newsroom.ingest.TestSupport.records;
import static io.newsroom.ingest.TestSupport.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Each push format end to end onto the real broker: an IPTC ninjs document (mapped, original kept), a JSON array
 * and an NDJSON batch answered slot by slot in order, and RSS 2.0 and Atom 1.0 documents whose items become
 * articles identified by guid/id or by their link without tracking parameters (the url itself stored as written).
 */
@QuarkusTest
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
class FormatsIngestTest extends KafkaCompanionTest {

    static String ninjs(String uri, String version, String pubstatus, String headline) {
        return """
                {"uri":"%s","version":"%s","type":"text","pubstatus":"%s","language":"en-GB",
                 "versioncreated":"2026-11-26T10:0%s:00Z","firstcreated":"2026-11-26T09:40:00+00:00",
                 "headlines":[{"role":"sub","value":"Sub headline"},{"role":"main","value":"%s"}],
                 "bodies":[{"role":"main","contenttype":"text/plain","value":"EU leaders agreed."},
                           {"role":"main","contenttype":"text/html","value":"<p>EU leaders agreed.</p>"}],
                 "by":"Anna Keller and Ben Ode","people":[{"name":"Carla Reyes","rel":"author"},{"name":"Ursula von der Leyen","rel":"mentioned"}],
                 "subjects":[{"name":"energy","uri":"http://cv.iptc.org/newscodes/mediatopic/20000250"}],
                 "links":[{"rel":"canonical","href":"https://wire-eu.example/eu-gas?utm_source=x&id=9"}]}"""
                .formatted(uri, version, pubstatus, version, headline);
    }

    @Test
    void shouldMapANinjsDocumentOntoTheRawEventAndKeepTheOriginal() {
        String uri = "urn:newsml:wire-eu.example:" + UUID.randomUUID();
        String id = as("wire-eu").contentType("application/json").body(ninjs(uri, "2", "usable", "EU agrees gas deal"))
                .post("/articles").then().statusCode(202).body("version", equalTo(3)).extract().path("id");

        assertThat(id).isEqualTo(ArticleIds.derive("wire-eu", uri, null));
        JsonNode event = value(records(kafka, id, 1).get(0));
        assertThat(EventSchemas.get().validate(Kind.RAW, event)).isEmpty();
        assertThat(event.get("sourceId").asText()).isEqualTo(uri);
        assertThat(event.get("headline").asText()).isEqualTo("EU agrees gas deal");
        assertThat(event.get("body").asText()).isEqualTo("<p>EU leaders agreed.</p>");
        assertThat(event.get("url").asText()).isEqualTo("https://wire-eu.example/eu-gas?utm_source=x&id=9");   // as written
        assertThat(event.get("language").asText()).isEqualTo("en");
        assertThat(event.get("versionCreated").asText()).isEqualTo("2026-11-26T10:02:00Z");
        assertThat(event.get("firstCreated").asText()).isEqualTo("2026-11-26T09:40:00Z");
        assertThat(event.get("authors")).extracting(JsonNode::asText).containsExactly("Anna Keller", "Ben Ode", "Carla Reyes");
        assertThat(event.at("/original/format").asText()).isEqualTo("ninjs");
        assertThat(event.at("/original/document/subjects/0/name").asText()).isEqualTo("energy");
    }

    @Test
    void shouldAcceptNinjsUnderItsOwnMediaTypeAndNameUnmappableFields() {
        as("wire-eu").contentType("application/ninjs+json")
                .body("{\"uri\":\"urn:x:1\",\"version\":{\"n\":2},\"headlines\":\"x\",\"pubstatus\":\"gone\"}")
                .post("/articles").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "invalid-ninjs"))
                .body("errors.field", org.hamcrest.Matchers.hasItems("/version", "/headlines", "/pubstatus"));
    }

    @Test
    void shouldAcceptANinjsDocumentWithAUriAndNoHttpLink() {
        // A wire story before it has a public page: ninjs 2.x/3.x require only uri.
        String uri = "urn:newsml:wire-eu.example:" + UUID.randomUUID();
        String doc = """
                {"uri":"%s","version":"3","headlines":[{"role":"main","value":"Strike talks resume"}],
                 "bodies":[{"role":"main","contenttype":"text/plain","value":"Talks resumed on Monday."}],
                 "links":[{"rel":"related","href":"urn:newsml:wire-eu.example:background"}]}""".formatted(uri);
        String id = as("wire-eu").contentType("application/ninjs+json").body(doc)
                .post("/articles").then().statusCode(202).body("version", equalTo(4)).extract().path("id");

        assertThat(id).isEqualTo(ArticleIds.derive("wire-eu", uri, null));
        JsonNode event = value(records(kafka, id, 1).get(0));
        assertThat(EventSchemas.get().validate(Kind.RAW, event)).isEmpty();
        assertThat(event.get("url").isNull()).as("url of %s", event).isTrue();
        assertThat(event.get("sourceId").asText()).isEqualTo(uri);
        assertThat(event.at("/original/document/uri").asText()).isEqualTo(uri);
    }

    @Test
    void shouldStillRequireAnHttpUrlInANativeSubmission() {
        as("wire-eu").contentType("application/json")
                .body("{\"source\":\"wire-eu\",\"sourceId\":\"no-url\",\"headline\":\"H\",\"body\":\"B\"}")
                .post("/articles").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors.field", org.hamcrest.Matchers.hasItem("/url"));
    }

    @Test
    void shouldAnswerAJsonArrayBatchSlotBySlotInOrder() {
        String a = "b-" + UUID.randomUUID();
        String b = "b-" + UUID.randomUUID();
        String batch = "[" + ArticleResourceTest.article(a) + ","
                + "{\"source\":\"wire-eu\",\"url\":\"https://wire-eu.example/x\",\"body\":\"no headline\"},"
                + ninjs("urn:x:" + b, "1", "usable", "Ninjs in a batch") + ","
                + ArticleResourceTest.article(a).replace("\"wire-eu\"", "\"sportdesk\"") + "]";
        ExtractableResponse<Response> answer = as("wire-eu").contentType("application/json").body(batch)
                .post("/articles/batch").then().statusCode(207)
                .body("received", equalTo(4)).body("accepted", equalTo(2)).body("rejected", equalTo(2))
                .extract();

        List<Integer> statuses = answer.path("items.status");
        assertThat(statuses).containsExactly(202, 400, 202, 403);
        assertThat(answer.<List<Integer>>path("items.index")).containsExactly(0, 1, 2, 3);
        assertThat(answer.<String>path("items[1].problem.errors[0].field")).isEqualTo("/headline");
        assertThat(answer.<String>path("items[3].problem.type")).isEqualTo(Problem.TYPE_BASE + "source-forbidden");
        assertThat(records(kafka, answer.path("items[0].id"), 1)).hasSize(1);
        assertThat(value(records(kafka, answer.path("items[2].id"), 1).get(0)).get("headline").asText()).isEqualTo("Ninjs in a batch");
    }

    @Test
    void shouldAcceptNdjsonAndReportAMalformedLineInItsSlot() {
        String a = "n-" + UUID.randomUUID();
        String body = ArticleResourceTest.article(a).replace("\n", " ") + "\n{\"source\": \"wire-eu\", \n\n"
                + ArticleResourceTest.article(a + "-2").replace("\n", " ") + "\n";
        ExtractableResponse<Response> answer = as("wire-eu").contentType("application/x-ndjson").body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/articles/batch").then().statusCode(207).extract();

        assertThat(answer.<List<Integer>>path("items.status")).containsExactly(202, 400, 202);
        assertThat(answer.<String>path("items[1].problem.type")).isEqualTo(Problem.TYPE_BASE + "malformed-json");
        assertThat(records(kafka, answer.path("items[2].id"), 1)).hasSize(1);
    }

    @Test
    void shouldRefuseBatchesThatAreNotArraysEmptyOrTooLarge() {
        as("wire-eu").contentType("application/json").body(ArticleResourceTest.article("single"))
                .post("/articles/batch").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "batch-not-array"));
        as("wire-eu").contentType("application/json").body("[]")
                .post("/articles/batch").then().statusCode(400).body("type", equalTo(Problem.TYPE_BASE + "empty-batch"));
        String tooMany = "[" + String.join(",", java.util.Collections.nCopies(501, "{}")) + "]";
        as("wire-eu").contentType("application/json").body(tooMany)
                .post("/articles/batch").then().statusCode(413).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "batch-too-large"));
    }

    static String rss(String guid, String link) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel><title>Regional News</title><link>https://regional-news.example/</link><language>en-gb</language>
                    <item><title>Storm floods the old town</title><link>%s</link>%s
                      <pubDate>Tue, 24 Nov 2026 07:50:00 GMT</pubDate><dc:creator>Mary Jones</dc:creator>
                      <description>Short teaser</description>
                      <content:encoded><![CDATA[<p>Heavy rain flooded the old town overnight.</p>]]></content:encoded></item>
                    <item><title></title><link>https://regional-news.example/untitled</link></item>
                  </channel></rss>""".formatted(link.replace("&", "&amp;"), guid == null ? "" : "<guid isPermaLink=\"false\">" + guid + "</guid>");
    }

    @Test
    void shouldTurnEachRssItemIntoAnArticleOfTheKeysSource() {
        String guid = "rn-" + UUID.randomUUID();
        ExtractableResponse<Response> answer = as("regional-news").contentType("application/rss+xml")
                .body(rss(guid, "https://regional-news.example/storm?utm_source=rss&utm_medium=feed"))
                .post("/articles/feed").then().log().ifValidationFails().statusCode(207).extract();

        // The second item has a link and an empty title: RSS allows it, and its link becomes the headline.
        assertThat(answer.<List<Integer>>path("items.status")).containsExactly(202, 202);
        String id = answer.path("items[0].id");
        assertThat(id).isEqualTo(ArticleIds.derive("regional-news", guid, null));
        JsonNode event = value(records(kafka, id, 1).get(0));
        // Stored as the feed wrote it; tracking parameters are dropped only for the id (see the next test).
        assertThat(event.get("url").asText()).isEqualTo("https://regional-news.example/storm?utm_source=rss&utm_medium=feed");
        assertThat(event.get("body").asText()).isEqualTo("<p>Heavy rain flooded the old town overnight.</p>");
        assertThat(event.get("authors").get(0).asText()).isEqualTo("Mary Jones");
        assertThat(event.get("language").asText()).isEqualTo("en");
        assertThat(event.get("versionCreated").asText()).isEqualTo("2026-11-24T07:50:00Z");
        assertThat(event.get("version").asInt()).isEqualTo(849_001_200 - 2 * 86_400 - 6_600);
    }

    @Test
    void shouldIdentifyAnRssItemWithoutGuidByItsLinkWithoutTracking() {
        String path = "https://regional-news.example/" + UUID.randomUUID();
        String id = as("regional-news").contentType("application/xml").body(rss(null, path + "?fbclid=abc&utm_campaign=x"))
                .post("/articles/feed").then().statusCode(207).extract().path("items[0].id");
        assertThat(id).isEqualTo(ArticleIds.derive("regional-news", null, path));
    }

    @Test
    void shouldTurnEachAtomEntryIntoAnArticle() {
        String entryId = "urn:wire-fr:item:" + UUID.randomUUID();
        String atom = """
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr"><title>Wire FR</title><id>urn:wire-fr:feed</id>
                  <updated>2026-11-25T16:00:00Z</updated>
                  <entry><id>%s</id><title>Farmers block roads near Paris</title>
                    <link rel="alternate" href="https://wire-fr.example/farmers"/><published>2026-11-25T15:00:00Z</published>
                    <updated>2026-11-25T16:00:00Z</updated><author><name>Claire Martin</name></author>
                    <content type="html">&lt;p&gt;PARIS - Farmers blocked roads.&lt;/p&gt;</content></entry></feed>""".formatted(entryId);
        String id = as("regional-news").contentType("application/atom+xml").body(atom)
                .post("/articles/feed").then().statusCode(207).body("items[0].status", equalTo(202))
                .extract().path("items[0].id");
        JsonNode event = value(records(kafka, id, 1).get(0));
        assertThat(event.get("sourceId").asText()).isEqualTo(entryId);
        assertThat(event.get("body").asText()).isEqualTo("<p>PARIS - Farmers blocked roads.</p>");
        assertThat(event.get("published").asText()).isEqualTo("2026-11-25T15:00:00Z");
        assertThat(event.get("versionCreated").asText()).isEqualTo("2026-11-25T16:00:00Z");
        assertThat(event.get("authors").get(0).asText()).isEqualTo("Claire Martin");
    }
}
