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

import java.nio.charset.StandardCharsets;
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
                .body("status", equalTo(415));
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
