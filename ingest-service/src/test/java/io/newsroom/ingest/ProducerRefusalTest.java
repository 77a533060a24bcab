package io.newsroom.ingest;

import io.newsroom.infra.quarkus.KafkaResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.newsroom.support.http.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * A record the producer refuses as too large (here: over an operator's {@code kafka.max.request.size}) is answered
 * 413, alone: the rest of its batch is still written, since only an unreachable broker stops a batch early.
 */
@QuarkusTest
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
@TestProfile(ProducerRefusalTest.SmallRequests.class)
class ProducerRefusalTest {

    public static class SmallRequests implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kafka.max.request.size", "4000");
        }
    }

    @Test
    void shouldWriteTheRestOfABatchAroundARecordTheProducerRefuses() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String big = ArticleResourceTest.article(run + "-big")
                .replace("European Union leaders agreed on Thursday.", "Long. ".repeat(1000));
        String batch = "[" + ArticleResourceTest.article(run + "-a") + "," + big + "," + ArticleResourceTest.article(run + "-b") + "]";

        TestSupport.as("wire-eu").contentType(ContentType.JSON).body(batch)
                .when().post("/articles/batch")
                .then().statusCode(207)
                .body("items.status", contains(202, 413, 202))
                .body("accepted", equalTo(2))
                .body("failed", equalTo(0))
                .body("items[1].outcome", equalTo("rejected"))
                .body("items[1].problem.type", equalTo(Problem.TYPE_BASE + "event-too-large"));
    }

    @Test
    void shouldAnswer413ForASingleArticleTheProducerRefusesAsTooLarge() {
        String big = ArticleResourceTest.article(UUID.randomUUID() + "-big")
                .replace("European Union leaders agreed on Thursday.", "Long. ".repeat(1000));
        TestSupport.as("wire-eu").contentType(ContentType.JSON).body(big)
                .when().post("/articles")
                .then().statusCode(413)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "event-too-large"))
                .body("detail", startsWith("Kafka refuses an event of"));
    }
}
