package io.newsroom.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.infra.quarkus.KafkaCompanionTest;
import io.newsroom.infra.quarkus.KafkaResource;
import io.newsroom.schemas.EventSchemas;
import io.newsroom.schemas.EventSchemas.Kind;
import io.newsroom.support.http.Problem;
import io.newsroom.schemas.Topics;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;

/** POST /articles against the real broker: accepted articles are on the raw topic; bad input is a precise 4xx. */
@QuarkusTest
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
class ArticleResourceTest extends KafkaCompanionTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @TestHTTPResource("/articles")
    URI articles;

    @Test
    void shouldPublishAnAcceptedArticleKeyedByItsIdAndValidAgainstTheSchema() throws Exception {
        String sourceId = "item-" + UUID.randomUUID();
        String id = TestSupport.as("wire-eu").contentType(ContentType.JSON).body(article(sourceId))
                .when().post("/articles")
                .then().statusCode(202)
                .header("Location", matchesPattern(".*/articles/[0-9a-f]{32}"))
                // No version given: derived from versionCreated (2026-11-26T09:40:00Z) as seconds since 2000.
                .body("version", equalTo(849_001_200))
                .extract().path("id");

        ConsumerRecord<String, String> mine = findByKey(id);
        JsonNode event = mapper.readTree(mine.value());
        assertThat(EventSchemas.get().validate(Kind.RAW, event)).isEmpty();
        assertThat(event.get("sourceId").asText()).isEqualTo(sourceId);
        assertThat(event.get("pubStatus").asText()).isEqualTo("usable");
        assertThat(new String(mine.headers().lastHeader("article-version").value(), StandardCharsets.UTF_8)).isEqualTo("849001200");
    }

    @Test
    void shouldNameEveryFailingFieldOfAnInvalidArticle() {
        TestSupport.as("wire-eu").contentType(ContentType.JSON)
                .body("{\"source\":\"Wire Service!\",\"url\":\"ftp://x\",\"headline\":\"\",\"version\":0,\"extra\":1}")
                .when().post("/articles")
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(400))
                .body("errors.field", hasItems("/source", "/url", "/headline", "/version", "/body", "/extra"));
    }

    @Test
    void shouldRefuseMalformedJsonSayingWhere() {
        TestSupport.as("wire-eu").contentType(ContentType.JSON).body("{\"source\": \"wire\", \"headline\": ")
                .when().post("/articles")
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "malformed-json"))
                .body("detail", containsString("line 1"));
    }

    @Test
    void shouldRefuseDuplicateKeysAndNonObjects() {
        TestSupport.as("wire-eu").contentType(ContentType.JSON).body("{\"source\":\"a\",\"source\":\"b\"}")
                .when().post("/articles").then().statusCode(400).contentType(Problem.MEDIA_TYPE);
        TestSupport.as("wire-eu").contentType(ContentType.JSON).body("[1,2,3]")
                .when().post("/articles").then().statusCode(400).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void shouldRefuseInvalidUtf8() {
        byte[] body = "{\"source\":\"wire\",\"url\":\"https://a.example/x\",\"headline\":\"caf\u00e9\",\"body\":\"x\"}"
                .getBytes(StandardCharsets.ISO_8859_1);
        TestSupport.as("wire-eu").contentType("application/json").body(body)
                .when().post("/articles")
                .then().statusCode(400)
                .body("type", equalTo(Problem.TYPE_BASE + "invalid-encoding"));
    }

    @Test
    void shouldRefuseAWrongContentTypeWith415() {
        TestSupport.as("wire-eu").contentType(ContentType.XML).body("<article/>")
                .when().post("/articles")
                .then().statusCode(415)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(415))
                .body("type", equalTo(Problem.TYPE_BASE + "unsupported-media-type"))
                .body("detail", equalTo("The request's Content-Type is 'application/xml; charset=ISO-8859-1'; this endpoint "
                        + "takes application/json, application/ninjs+json."))
                .header("Accept-Post", "application/json, application/ninjs+json");
        TestSupport.as("wire-eu").contentType("text/plain").body("[]").post("/articles/batch").then().statusCode(415)
                .body("detail", containsString("takes application/json, application/x-ndjson."));
        TestSupport.as("wire-eu").contentType(ContentType.JSON).body("{}").post("/articles/feed").then().statusCode(415)
                .body("detail", containsString("takes application/rss+xml, application/atom+xml, application/xml, text/xml."));
    }

    @Test
    void shouldRefuseABodyWithoutContentTypeWith415NamingTheAcceptedTypes() throws Exception {
        // java.net.http sends no Content-Type unless told (RestAssured always adds one).
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(articles)
                .header("Authorization", "Bearer " + TestSupport.key("wire-eu"))
                .POST(HttpRequest.BodyPublishers.ofString(article("no-type-" + UUID.randomUUID()))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(415);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(Problem.MEDIA_TYPE));
        JsonNode problem = mapper.readTree(answer.body());
        assertThat(problem.get("type").asText()).isEqualTo(Problem.TYPE_BASE + "unsupported-media-type");
        assertThat(problem.get("detail").asText()).contains("application/json", "application/ninjs+json");
        assertThat(answer.headers().firstValue("Accept-Post")).hasValue("application/json, application/ninjs+json");
    }

    @Test
    void shouldNameTheAllowedMethodsOfA405() {
        for (String method : List.of("GET", "DELETE", "PUT")) {
            given().when().request(method, "/articles").then().statusCode(405).contentType(Problem.MEDIA_TYPE)
                    .header("Allow", containsString("POST"))
                    .body("type", equalTo(Problem.TYPE_BASE + "method-not-allowed"));
        }
        given().when().get("/articles").then().header("Allow", equalTo("OPTIONS, POST"));
        given().when().options("/articles").then().statusCode(200).header("Allow", containsString("POST"));
        given().when().get("/feeds/regional/pull").then().statusCode(405).header("Allow", equalTo("OPTIONS, POST"));
        given().when().delete("/feeds").then().statusCode(405).header("Allow", equalTo("GET, HEAD, OPTIONS"));
        given().when().head("/feeds").then().statusCode(401);   // HEAD is served (as GET): it needs the key
    }

    @Test
    void shouldRefuseAnOversizedBodyWith413() {
        String huge = article("big").replace("\"body\":\"", "\"body\":\"" + "x".repeat(1_100_000));
        TestSupport.as("wire-eu").contentType(ContentType.JSON).body(huge)
                .when().post("/articles")
                .then().statusCode(413)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("limit"));
    }

    @Test
    void shouldRefuseAnEmptyBody() {
        TestSupport.as("wire-eu").contentType(ContentType.JSON).body("")
                .when().post("/articles")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void shouldExposeReadinessAndCounters() {
        given().when().get("/q/health/ready").then().statusCode(200);
        TestSupport.as("wire-eu").contentType(ContentType.JSON).body(article("metrics-" + UUID.randomUUID())).post("/articles").then().statusCode(202);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("newsroom_articles_received_total"))
                .body(containsString("newsroom_articles_published_total"));
    }

    /** Reads the raw topic from the start until the record with this key shows up. */
    private ConsumerRecord<String, String> findByKey(String key) {
        try (ConsumerTask<String, String> task = kafka.consumeStrings().fromTopics(Topics.RAW)) {
            return await().atMost(Duration.ofSeconds(30)).until(
                    () -> task.getRecords().stream().filter(r -> key.equals(r.key())).findFirst().orElse(null),
                    record -> record != null);
        }
    }

    static String article(String sourceId) {
        return """
                {"source":"wire-eu","sourceId":"%s","url":"https://wire-eu.example/world/%s",
                 "headline":"EU leaders agree joint gas purchases","body":"BRUSSELS - European Union leaders agreed on Thursday.",
                 "authors":["Anna Keller"],"versionCreated":"2026-11-26T09:40:00Z"}""".formatted(sourceId, sourceId);
    }
}
