package io.newsroom.store;

import io.newsroom.infra.quarkus.KafkaResource;
import io.newsroom.infra.quarkus.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.newsroom.support.http.Problem;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The query API's transport-level refusals are problem documents like every other error (service-support's
 * TransportLimits): a request line or header fields over their limits get 414/431 application/problem+json, not
 * Vert.x's bare text. A method a path does not take is a 405 naming the methods it does take in {@code Allow}, on
 * every path of the read API. Past the HTTP decoder's ceiling (quarkus.http.limits.max-initial-line-length, 64 KiB)
 * Vert.x answers before any handler of the application runs: measured here, so a change in Quarkus shows.
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
    void shouldAnswer406InTheClientsTermsNotTheFrameworks() {
        given().accept("text/html").get("/articles")
                .then().statusCode(406).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("Accept header"))
                .body("detail", org.hamcrest.Matchers.not(containsString("@Produces")));
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

    @Test
    void shouldAnswer414ProblemForAPathOverTheRequestLineLimit() {
        given().urlEncodingEnabled(false).get("/entities/" + "x".repeat(5_000))
                .then().statusCode(414).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "uri-too-long"));
    }

    @Test
    void shouldLeaveAPathPastTheDecoderCeilingToVertxsBare414() throws Exception {
        // Quarkus never sets Vert.x's HttpServer.invalidRequestHandler, so the decoder's refusal is answered by Vert.x's
        // default handler: 414 without a body, before any route (TransportLimits, a failure handler) sees the request.
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + io.restassured.RestAssured.port + "/entities/" + "x".repeat(100_000))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(414);
        assertThat(answer.body()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/articles/0123456789abcdef0123456789abcdef", "/articles/stream", "/entities",
            "/entities/wikidata:Q1", "/entities/wikidata:Q1/timeline", "/categories", "/pipeline"})
    void shouldAnswer405WithAllowOnEveryReadPath(String path) {
        given().post(path).then().statusCode(405).contentType(Problem.MEDIA_TYPE)
                .header("Allow", equalTo("GET, HEAD, OPTIONS"))
                .body("instance", equalTo(path));
    }
}
