package io.newsroom.ingest;

import io.newsroom.infra.FreePort;
import io.newsroom.support.http.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** With no broker listening, an article is never answered 202: the client gets 503 with Retry-After. */
@QuarkusTest
@TestProfile(BrokerDownTest.NoBroker.class)
class BrokerDownTest {

    public static class NoBroker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "kafka.bootstrap.servers", "127.0.0.1:" + FreePort.find(),
                    "newsroom.ingest.publish-timeout", "3s");
        }
    }

    @Test
    void shouldAnswer503WithRetryAfterWhenTheBrokerIsUnreachable() {
        TestSupport.as("wire-eu").contentType(ContentType.JSON).body(ArticleResourceTest.article("down-1"))
                .when().post("/articles")
                .then().statusCode(503)
                .contentType(Problem.MEDIA_TYPE)
                .header("Retry-After", equalTo("5"))
                .body("type", equalTo(Problem.TYPE_BASE + "broker-unavailable"))
                .body("instance", equalTo("/articles"))
                .body("detail", org.hamcrest.Matchers.startsWith("The article was not written: "));
    }

    @Test
    void shouldReportEachBatchItemAsNotWrittenWithRetryAfter() {
        String batch = "[" + ArticleResourceTest.article("down-2") + "," + ArticleResourceTest.article("down-3") + ",{}]";
        TestSupport.as("wire-eu").contentType(ContentType.JSON).body(batch)
                .when().post("/articles/batch")
                .then().statusCode(207)
                .header("Retry-After", notNullValue())
                .body("failed", equalTo(2))
                .body("accepted", equalTo(0))
                .body("items.status", org.hamcrest.Matchers.contains(503, 503, 400))
                .body("items[0].outcome", equalTo("not-written"))
                .body("items[0].problem.type", equalTo(Problem.TYPE_BASE + "broker-unavailable"));
    }

    @Test
    void shouldReportNotReady() {
        given().when().get("/q/health/ready").then().statusCode(503);
    }
}
