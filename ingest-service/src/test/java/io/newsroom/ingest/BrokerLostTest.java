package io.newsroom.ingest;

import io.newsroom.infra.KafkaBroker;
import io.newsroom.infra.TempDirectories;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The broker goes away while the service is running (not: was never there, see BrokerDownTest). Articles sent then
 * are answered 503 with Retry-After within publish-timeout, and the service stays responsive meanwhile (liveness).
 * A stopped in-process broker did not reproduce the event-loop stall that killing a separate broker process showed
 * for single articles handled on the event loop (docs/benchmarks.md ingest log, decisions.md #28); that was found by hand.
 */
@QuarkusTest
@TestProfile(BrokerLostTest.OwnBroker.class)
class BrokerLostTest {

    private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(4);

    /** A broker of this test's own, which it can stop: the shared test broker must stay up for the others. */
    public static class OwnBroker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsroom.ingest.publish-timeout", PUBLISH_TIMEOUT.toSeconds() + "s");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(BrokerResource.class));
        }
    }

    public static class BrokerResource implements QuarkusTestResourceLifecycleManager {
        private Path data;
        private KafkaBroker broker;

        @Override
        public Map<String, String> start() {
            data = TempDirectories.create("ingest-broker-lost");
            broker = KafkaBroker.start(data, 0);
            return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
        }

        @Override
        public void inject(TestInjector injector) {
            injector.injectIntoFields(broker, new TestInjector.MatchesType(KafkaBroker.class));
        }

        @Override
        public void stop() {
            broker.close();   // idempotent: the test has usually stopped it already
            TempDirectories.deleteRecursively(data);
        }
    }

    KafkaBroker broker;

    @TestHTTPResource("/articles")
    URL articles;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldAnswer503InTimeAndStayLiveWhenTheBrokerGoesAway() throws Exception {
        assertThat(post("lost-0").join().statusCode()).isEqualTo(202);
        given().when().get("/q/health/live").then().statusCode(200);   // the first call of a fresh client is slow

        broker.close();
        Thread.sleep(1000);   // the producer notices the lost connection and asks for fresh metadata
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 1; i <= 16; i++) {
            sent.add(post("lost-" + i));
        }
        for (int i = 0; i < 4; i++) {
            long before = System.nanoTime();
            given().when().get("/q/health/live").then().statusCode(200);
            assertThat(Duration.ofNanos(System.nanoTime() - before)).as("liveness while articles wait for the broker")
                    .isLessThan(Duration.ofSeconds(1));
            Thread.sleep(500);
        }
        for (CompletableFuture<HttpResponse<String>> answer : sent) {
            HttpResponse<String> response = answer.join();
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).isPresent();
            // Not sent (no metadata) or sent and not acknowledged: either way a 503 that says retrying is safe.
            assertThat(response.body()).containsAnyOf("broker-unavailable", "publish-outcome-unknown")
                    .contains("Retrying the identical request is safe");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("every answer within publish-timeout")
                .isLessThan(PUBLISH_TIMEOUT.plusSeconds(1));
    }

    private CompletableFuture<HttpResponse<String>> post(String sourceId) {
        return http.sendAsync(HttpRequest.newBuilder(URI.create(articles.toString()))
                .header("Authorization", "Bearer " + TestSupport.key("wire-eu"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(ArticleResourceTest.article(sourceId))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
