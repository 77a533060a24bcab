package io.newsroom.ingest;

import io.newsroom.infra.quarkus.KafkaResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.newsroom.support.http.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static io.newsroom.ingest.TestSupport.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Refusals the HTTP layer used to answer with a bare text body are application/problem+json too: a compressed
 * body (415, on each POST endpoint), a request line over 4,096 characters (414), header fields over 20 KiB (431),
 * a declared body over the 2 MiB transport limit (413, read from the wire as a client would see it). Requests
 * under the limits pass as before.
 */
@QuarkusTest
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
class TransportLimitsTest {

    @Test
    void shouldAnswer415ProblemForACompressedBodyOnEveryPostEndpoint() {
        String article = ArticleResourceTest.article("gzip-" + UUID.randomUUID());
        as("wire-eu").contentType("application/json").header("Content-Encoding", "gzip").body(article).post("/articles")
                .then().statusCode(415).contentType(Problem.MEDIA_TYPE)
                .header("Accept-Encoding", "identity")
                .body("type", equalTo(Problem.TYPE_BASE + "unsupported-content-encoding"))
                .body("detail", containsString("send identity"))
                .body("instance", equalTo("/articles"));
        as("wire-eu").contentType("application/json").header("Content-Encoding", "br").body("[" + article + "]")
                .post("/articles/batch").then().statusCode(415).contentType(Problem.MEDIA_TYPE);
        as("regional-news").contentType("application/rss+xml").header("Content-Encoding", "identity, deflate")
                .body(FormatsIngestTest.rss(null, "https://regional-news.example/x")).post("/articles/feed")
                .then().statusCode(415).contentType(Problem.MEDIA_TYPE);
        // identity is no compression: accepted as before
        as("wire-eu").contentType("application/json").header("Content-Encoding", "identity").body(article).post("/articles")
                .then().statusCode(202);
    }

    @Test
    void shouldAnswer414ProblemForARequestLineOverTheLimit() {
        given().get("/q/health/live?pad=" + "a".repeat(5000)).then().statusCode(414).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "uri-too-long"))
                .body("detail", containsString("4096"));
        given().get("/q/health/live?pad=" + "a".repeat(3000)).then().statusCode(200);
    }

    @Test
    void shouldAnswer431ProblemForHeaderFieldsOverTheLimit() {
        as("wire-eu").header("X-Padding", "p".repeat(21_000)).get("/feeds").then().statusCode(431)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "request-header-fields-too-large"))
                .body("detail", containsString("20480"));
        as("wire-eu").header("X-Padding", "p".repeat(15_000)).get("/feeds").then().statusCode(200);
    }

    @Test
    void shouldAnswer413ProblemForADeclaredBodyOverTheTransportLimit() throws IOException {
        String answer = exchange("POST /articles HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TestSupport.key("wire-eu")
                + "\r\nContent-Type: application/json\r\nContent-Length: 3000000\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(answer).containsIgnoringCase("content-type: application/problem+json");
        assertThat(answer).contains("\"type\":\"" + Problem.TYPE_BASE + "body-too-large\"", "\"status\":413", "2097152");
    }

    @Test
    void shouldAnswer413ProblemForAChunkedBodyOverTheTransportLimit() throws IOException {
        StringBuilder request = new StringBuilder("POST /articles HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + TestSupport.key("wire-eu") + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        String chunk = "x".repeat(65_536);
        request.append(("%x\r\n" + chunk + "\r\n").formatted(chunk.length()).repeat(40)).append("0\r\n\r\n");
        String answer = exchange(request.toString());
        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(answer).containsIgnoringCase("content-type: application/problem+json");
        assertThat(answer).contains("\"type\":\"" + Problem.TYPE_BASE + "body-too-large\"");

        // A chunked body under the limit is read and ingested as before.
        String article = ArticleResourceTest.article("chunked-" + UUID.randomUUID());
        String small = exchange("POST /articles HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: Bearer "
                + TestSupport.key("wire-eu") + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "%x\r\n%s\r\n0\r\n\r\n".formatted(article.getBytes(StandardCharsets.UTF_8).length, article));
        assertThat(small).startsWith("HTTP/1.1 202");
    }

    /** Sends raw bytes (a client that declares a body it never sends) and reads the answer until the server closes. */
    private static String exchange(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
