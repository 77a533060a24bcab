package io.newsroom.store;

import io.newsroom.infra.quarkus.KafkaResource;
import io.newsroom.infra.quarkus.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.newsroom.support.http.Problem;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The query API's transport-level refusals are problem documents like every other error (service-support's
 * TransportLimits): a request line or header fields over their limits get 414/431 application/problem+json, not
 * Vert.x's bare text. A method a path does not take is a 405 naming the methods it does take in {@code Allow}.
 */
@QuarkusTest
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class HttpEdgeTest {

    @Test
    void shouldAnswer414ProblemForAQueryOverTheRequestLineLimit() {
        given().queryParam("q", "x".repeat(5_000)).get("/articles")
                .then().statusCode(414).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "uri-too-long"))
                .body("detail", containsString("4096"));
    }

    @Test
    void shouldAnswer431ProblemForHeaderFieldsOverTheLimit() {
        given().header("X-Padding", "y".repeat(25_000)).get("/articles")
                .then().statusCode(431).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "request-header-fields-too-large"));
    }

    @Test
    void shouldNameTheAllowedMethodsOfA405() {
        // RFC 9110 (15.5.6): a 405 says which methods the resource takes; RESTEasy Reactive's own refusal does not.
        given().delete("/articles").then().statusCode(405).contentType(Problem.MEDIA_TYPE)
                .header("Allow", equalTo("GET, HEAD, OPTIONS"))
                .body("type", equalTo(Problem.TYPE_BASE + "method-not-allowed"))
                .body("instance", equalTo("/articles"));
        given().get("/admin/dead-letters/redrive").then().statusCode(405).header("Allow", equalTo("OPTIONS, POST"));
        given().get("/admin/articles/" + "0".repeat(32) + "/cancel").then().statusCode(405)
                .header("Allow", equalTo("OPTIONS, POST"));
    }
}
