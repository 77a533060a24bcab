package io.newsroom.ingest;

import io.newsroom.infra.quarkus.KafkaResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.newsroom.support.http.Problem;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static io.newsroom.ingest.TestSupport.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Keys, rate limits and every class of bad input: each is a precise 4xx application/problem+json, never a 5xx:
 * missing or unknown keys (401), another source's items (403), over the rate (429 with Retry-After), wrong types,
 * giant strings, wrong content types, invalid UTF-8 in batches and feeds, XML bombs, external entities and
 * XML that is no feed. Also the OpenAPI document and Swagger UI.
 */
@QuarkusTest
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
class SecurityAndLimitsTest {

    private static final String ARTICLE = ArticleResourceTest.article("sec-1");

    @Test
    void shouldAnswer401WithoutAValidKey() {
        given().contentType("application/json").body(ARTICLE).post("/articles")
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo(Problem.TYPE_BASE + "unauthorized"));
        given().header("Authorization", "Bearer not-a-key").contentType("application/json").body(ARTICLE).post("/articles")
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE);
        given().header("Authorization", "Basic dGVzdA==").contentType("application/json").body("[]").post("/articles/batch")
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE);
        given().header("Authorization", "Bearer " + SecurityAndLimitsTest.class).contentType("application/rss+xml")
                .body("<rss/>").post("/articles/feed").then().statusCode(401);
    }

    @Test
    void shouldAnswer403ForAnotherSourcesItems() {
        as("sportdesk").contentType("application/json").body(ARTICLE).post("/articles")
                .then().statusCode(403).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "source-forbidden"))
                .body("detail", containsString("wire-eu"));
    }

    @Test
    void shouldAnswer429WithRetryAfterOverTheSourcesRate() {
        // slow-desk: 0.2 requests/s, bursts of 2 (application.properties, %test)
        String article = ArticleResourceTest.article("slow-" + UUID.randomUUID()).replace("\"wire-eu\"", "\"slow-desk\"");
        as("slow-desk").contentType("application/json").body(article).post("/articles").then().statusCode(202);
        as("slow-desk").contentType("application/json").body(article).post("/articles").then().statusCode(200);
        String retryAfter = as("slow-desk").contentType("application/json").body(article).post("/articles")
                .then().statusCode(429).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "rate-limited"))
                .extract().header("Retry-After");
        assertThat(Integer.parseInt(retryAfter)).isBetween(1, 5);
        // Another source is not slowed down by slow-desk.
        as("wire-eu").contentType("application/json").body(ARTICLE).post("/articles").then().statusCode(202);
    }

    @Test
    void shouldNameFieldsOfTheWrongTypeOrTooLong() {
        as("wire-eu").contentType("application/json")
                .body("{\"source\":\"wire-eu\",\"url\":\"https://a.example/x\",\"headline\":5,\"body\":[\"x\"],\"authors\":\"Anna\"}")
                .post("/articles").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors.field", org.hamcrest.Matchers.hasItems("/headline", "/body", "/authors"));
        as("wire-eu").contentType("application/json")
                .body(ARTICLE.replace("EU leaders agree joint gas purchases", "x".repeat(5000)))
                .post("/articles").then().statusCode(400).body("errors.field", hasItem("/headline"))
                .body("errors.message", hasItem(containsString("1,000")));
        String giantNinjs = "{\"uri\":\"urn:x:" + UUID.randomUUID() + "\",\"headlines\":[{\"value\":\"" + "h".repeat(3000)
                + "\"}],\"links\":[{\"href\":\"https://wire-eu.example/g\"}]}";
        as("wire-eu").contentType("application/json").body(giantNinjs)
                .post("/articles").then().statusCode(400).body("errors.field", hasItem("/headline"));
    }

    @Test
    void shouldRefuseAnEventThatWouldBeTooLargeForTheBrokerWith413() {
        String body = "b".repeat(600_000);
        String ninjs = "{\"uri\":\"urn:x:" + UUID.randomUUID() + "\",\"headlines\":[{\"value\":\"Big\"}],\"bodies\":[{\"value\":\""
                + body + "\"}],\"links\":[{\"href\":\"https://wire-eu.example/big\"}]}";
        as("wire-eu").contentType("application/json").body(ninjs).post("/articles")
                .then().statusCode(413).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "event-too-large"));
    }

    @Test
    void shouldRefuseWrongContentTypesWith415() {
        as("wire-eu").contentType("text/plain").body("[]").post("/articles/batch")
                .then().statusCode(415).contentType(Problem.MEDIA_TYPE);
        as("wire-eu").contentType("application/json").body("{}").post("/articles/feed").then().log().ifValidationFails()
               .statusCode(415).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void shouldAcceptAReplacementCharacterThatIsReallyInTheText() {
        // The UTF-8 check decodes leniently first and looks for U+FFFD: a sender's own U+FFFD is valid UTF-8.
        String withReplacement = ArticleResourceTest.article("utf8-fffd").replace("EU leaders", "EU \uFFFD leaders");
        as("wire-eu").contentType("application/json").body(withReplacement.getBytes(StandardCharsets.UTF_8))
                .post("/articles").then().statusCode(202);
        byte[] malformed = withReplacement.replace("utf8-fffd", "utf8-bad").getBytes(StandardCharsets.UTF_8);
        int at = new String(malformed, StandardCharsets.UTF_8).indexOf("EU ") + 3;
        malformed[at] = (byte) 0xC3;   // a lead byte without its continuation byte
        malformed[at + 1] = (byte) 0x28;
        as("wire-eu").contentType("application/json").body(malformed).post("/articles")
                .then().statusCode(400).body("type", equalTo(Problem.TYPE_BASE + "invalid-encoding"));
    }

    @Test
    void shouldRefuseInvalidUtf8AndTruncatedInputInBatchesAndFeeds() {
        byte[] latin1 = ("[" + ARTICLE.replace("EU leaders", "Caf\u00e9 leaders") + "]").getBytes(StandardCharsets.ISO_8859_1);
        as("wire-eu").contentType("application/json").body(latin1).post("/articles/batch")
                .then().statusCode(400).body("type", equalTo(Problem.TYPE_BASE + "invalid-encoding"));
        as("wire-eu").contentType("application/json").body("[" + ARTICLE + ", {\"source\":").post("/articles/batch")
                .then().statusCode(400).body("type", equalTo(Problem.TYPE_BASE + "malformed-json"));
        byte[] badXml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Caf\u00e9</title></channel></rss>"
                .getBytes(StandardCharsets.ISO_8859_1);
        as("regional-news").contentType("application/rss+xml").body(badXml).post("/articles/feed").then().log().ifValidationFails()
               .statusCode(400).contentType(Problem.MEDIA_TYPE).body("type", equalTo(Problem.TYPE_BASE + "malformed-xml"));
        as("regional-news").contentType("application/rss+xml").body("<rss version=\"2.0\"><channel><item><title>Half")
                .post("/articles/feed").then().statusCode(400).body("type", equalTo(Problem.TYPE_BASE + "malformed-xml"));
    }

    @Test
    void shouldRefuseABillionLaughsDocumentWithoutExpandingIt() {
        String bomb = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
                 <!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">]>
                <rss version="2.0"><channel><title>&lol9;</title></channel></rss>""";
        as("regional-news").contentType("application/rss+xml").body(bomb).post("/articles/feed").then().log().ifValidationFails()
               .statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "xml-doctype-forbidden"));
    }

    @Test
    void shouldRefuseExternalEntitiesWithoutReadingThem() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><title>t</title><item><title>&xxe;</title><link>https://regional-news.example/x</link></item></channel></rss>""";
        as("regional-news").contentType("application/rss+xml").body(xxe).post("/articles/feed").then().log().ifValidationFails()
               .statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "xml-doctype-forbidden"))
                .body("detail", org.hamcrest.Matchers.not(containsString("root:")));
    }

    @Test
    void shouldRefuseXmlNestedThousandsOfLevelsDeepWith400() {
        as("regional-news").contentType("application/rss+xml").body(nestedFeed("deep-" + UUID.randomUUID(), 3000)
                        .getBytes(StandardCharsets.UTF_8))   // bytes: RestAssured's XML handling of a String would recurse too
                .post("/articles/feed").then()
                .statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "malformed-xml"))
                .body("detail", containsString("100 levels"));
    }

    @Test
    void shouldAcceptAFeedNestedAsDeepAsTheLimit() {
        as("regional-news").contentType("application/rss+xml").body(nestedFeed("nested-" + UUID.randomUUID(), 100))
                .post("/articles/feed").then()
                .statusCode(207).body("items[0].status", equalTo(202));
    }

    /** An RSS document with one item whose deepest element is {@code depth} levels down (rss, channel, item, …). */
    static String nestedFeed(String guid, int depth) {
        int nested = depth - 4;   // rss, channel, item and the outermost x:n
        return "<rss version=\"2.0\"><channel><title>Deep</title><item><title>Nested</title>"
                + "<link>https://regional-news.example/" + guid + "</link><guid isPermaLink=\"false\">" + guid + "</guid>"
                + "<x:n xmlns:x=\"urn:example:nesting\">" + "<x:n>".repeat(nested) + "</x:n>".repeat(nested) + "</x:n>"
                + "</item></channel></rss>";
    }

    @Test
    void shouldRefuseXmlThatIsNoFeed() {
        as("regional-news").contentType("application/xml").body("<html><body>Not a feed</body></html>").post("/articles/feed").then().log().ifValidationFails()
               .statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "unsupported-feed"));
    }

    @Test
    void shouldPublishTheOpenApiDocumentWithExamplesForEachFormatAndSwaggerUi() {
        String openapi = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", notNullValue()).extract().asString();
        assertThat(openapi).contains("/articles/batch", "/articles/feed", "/feeds/{name}/pull", "application/ninjs+json",
                "application/x-ndjson", "application/rss+xml", "application/atom+xml", "\"bearer\"", "headlines", "<rss");
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
