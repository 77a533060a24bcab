package io.newsroom.ingest;

import io.newsroom.infra.quarkus.KafkaCompanionTest;
import io.newsroom.infra.quarkus.KafkaResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.newsroom.support.http.Problem;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.newsroom.ingest.TestSupport.as;
import static io.newsroom.ingest.TestSupport.records;
import static io.newsroom.ingest.TestSupport.recordsNow;
import static io.newsroom.ingest.TestSupport.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Identity, versions and cancellations on the real broker: an identical re-send publishes nothing and answers
 * the same id; a higher version publishes a new event; pubstatus canceled publishes a cancellation; a retried
 * request with the same Idempotency-Key is answered as the first time and publishes nothing.
 */
@QuarkusTest
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
class VersionsAndIdempotencyTest extends KafkaCompanionTest {

    private String post(String body, int status) {
        return as("wire-eu").contentType("application/json").body(body).post("/articles")
                .then().statusCode(status).extract().path("id");
    }

    @Test
    void shouldPublishNothingNewForIdenticalContentAndAnswerTheSameId() {
        String article = ArticleResourceTest.article("same-" + UUID.randomUUID());
        String id = post(article, 202);
        records(kafka, id, 1);

        as("wire-eu").contentType("application/json").body(article).post("/articles")
                .then().statusCode(200).body("id", equalTo(id)).body("status", equalTo("unchanged"));
        assertThat(recordsNow(kafka, id)).hasSize(1);
    }

    @Test
    void shouldTreatANativeArticleWithoutTimesAsIdenticalWhenResent() {
        String article = ArticleResourceTest.article("no-time-" + UUID.randomUUID()).replace(",\"versionCreated\":\"2026-11-26T09:40:00Z\"", "");
        String id = post(article, 202);
        as("wire-eu").contentType("application/json").body(article).post("/articles")
                .then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void shouldPublishEachHigherNinjsVersionAndACancellation() {
        String uri = "urn:newsml:wire-eu.example:" + UUID.randomUUID();
        String id = post(FormatsIngestTest.ninjs(uri, "1", "usable", "Gas deal agreed"), 202);
        assertThat(post(FormatsIngestTest.ninjs(uri, "2", "usable", "Gas deal agreed after all-night talks"), 202)).isEqualTo(id);
        as("wire-eu").contentType("application/json")
                .body("{\"uri\":\"" + uri + "\",\"version\":\"3\",\"pubstatus\":\"canceled\",\"versioncreated\":\"2026-11-26T11:00:00Z\","
                        + "\"links\":[{\"href\":\"https://wire-eu.example/eu-gas\"}]}")
                .post("/articles").then().statusCode(202).body("id", equalTo(id)).body("version", equalTo(4));

        List<ConsumerRecord<String, String>> versions = records(kafka, id, 3);
        assertThat(versions).extracting(r -> value(r).get("version").asInt()).containsExactly(2, 3, 4);
        assertThat(value(versions.get(1)).get("headline").asText()).isEqualTo("Gas deal agreed after all-night talks");
        assertThat(value(versions.get(2)).get("pubStatus").asText()).isEqualTo("canceled");
        assertThat(value(versions.get(2)).get("headline").asText()).isEqualTo("Canceled: " + uri);
    }

    @Test
    void shouldPublishANewVersionWhenANativeArticleIsUpdatedLater() {
        String sourceId = "upd-" + UUID.randomUUID();
        String first = ArticleResourceTest.article(sourceId);
        String id = post(first, 202);
        String updated = first.replace("2026-11-26T09:40:00Z", "2026-11-26T10:40:00Z").replace("agree joint", "sign joint");
        as("wire-eu").contentType("application/json").body(updated).post("/articles")
                .then().statusCode(202).body("id", equalTo(id)).body("version", equalTo(849_001_200 + 3600));
        assertThat(records(kafka, id, 2)).extracting(r -> value(r).get("pubStatus").asText()).containsExactly("usable", "usable");
    }

    @Test
    void shouldRefuseOtherContentUnderAnAlreadyPublishedVersion() {
        String sourceId = "conflict-" + UUID.randomUUID();
        String first = ArticleResourceTest.article(sourceId).replace("\"authors\"", "\"version\":1,\"authors\"");
        String id = post(first, 202);
        String edited = first.replace("agree joint", "sign joint");

        as("wire-eu").contentType("application/json").body(edited).post("/articles")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://newsroom.io/problems/version-conflict"));
        as("wire-eu").contentType("application/json").body(edited.replace("\"version\":1", "\"version\":2")).post("/articles")
                .then().statusCode(202).body("id", equalTo(id)).body("version", equalTo(2));
        assertThat(records(kafka, id, 2)).extracting(r -> value(r).get("version").asInt()).containsExactly(1, 2);
    }

    @Test
    void shouldCancelANativeArticle() {
        String article = ArticleResourceTest.article("cancel-" + UUID.randomUUID());
        String id = post(article, 202);
        String cancel = article.replace("2026-11-26T09:40:00Z", "2026-11-26T12:00:00Z")
                .replace("\"authors\"", "\"pubStatus\":\"canceled\",\"authors\"");
        post(cancel, 202);
        assertThat(value(records(kafka, id, 2).get(1)).get("pubStatus").asText()).isEqualTo("canceled");
    }

    @Test
    void shouldReplayTheFirstAnswerToARetryWithTheSameIdempotencyKey() {
        String key = UUID.randomUUID().toString();
        String article = ArticleResourceTest.article("idem-" + UUID.randomUUID());
        String id = as("wire-eu").header("Idempotency-Key", key).contentType("application/json").body(article)
                .post("/articles").then().statusCode(202).header("Idempotent-Replayed", nullValue()).extract().path("id");
        as("wire-eu").header("Idempotency-Key", key).contentType("application/json").body(article)
                .post("/articles").then().statusCode(202).header("Idempotent-Replayed", "true")
                .body("id", equalTo(id)).body("status", equalTo("accepted"));
        assertThat(recordsNow(kafka, id)).hasSize(1);

        as("wire-eu").header("Idempotency-Key", key).contentType("application/json").body(article.replace("EU leaders", "Leaders"))
                .post("/articles").then().statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "idempotency-key-reused"));
    }

    @Test
    void shouldKeepIdempotencyKeysApartPerSource() {
        String key = UUID.randomUUID().toString();
        as("wire-eu").header("Idempotency-Key", key).contentType("application/json")
                .body(ArticleResourceTest.article("k-" + UUID.randomUUID())).post("/articles").then().statusCode(202);
        as("sportdesk").header("Idempotency-Key", key).contentType("application/json")
                .body(ArticleResourceTest.article("k-" + UUID.randomUUID()).replace("\"wire-eu\"", "\"sportdesk\""))
                .post("/articles").then().statusCode(202).header("Idempotent-Replayed", nullValue());
    }
}
