package io.newsroom.store;

import io.newsroom.infra.quarkus.KafkaCompanionTest;
import io.newsroom.infra.quarkus.KafkaResource;
import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.schemas.Topics;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.newsroom.store.EnrichedEvents.event;
import static io.newsroom.store.EnrichedEvents.json;
import static io.newsroom.store.EnrichedEvents.uniqueId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The store rides out database outages by itself (issue 13), on a real PostgreSQL of its own that the test stops and
 * freezes while records arrive: readiness goes down (answering within 3 s) and liveness stays up; records are held,
 * never skipped or dead-lettered, and every one is stored when the database returns; queries and new streams answer a
 * 503 problem with Retry-After within the query limit; an open stream survives and the outage is logged once.
 */
@QuarkusTest
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OwnPostgresResource.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class DatabaseOutageTest extends KafkaCompanionTest {

    /** The query limit (5 s) plus the HTTP round trip and a loaded machine's slack. */
    private static final Duration QUERY_ANSWER = Duration.ofMillis(6500);
    private static final Duration READINESS_ANSWER = Duration.ofSeconds(3);

    @TestHTTPResource("/articles/stream")
    URI stream;

    private final CapturedLogs logs = new CapturedLogs(Level.WARNING, "io.zonky", "org.apache.kafka");

    @BeforeEach
    void captureLogs() {
        logs.start();
    }

    @AfterEach
    void releaseLogs() {
        logs.stop();
        OwnPostgresResource.thaw();
    }

    @Test
    void shouldHoldRecordsThroughAnOutageAndStoreEveryOneWhenTheDatabaseReturns() throws Exception {
        awaitStored(sendAll(articles("before the outage", 1)));
        List<String> streamed = new CopyOnWriteArrayList<>();
        HttpResponse<Stream<String>> open = openStream();
        Thread reader = new Thread(() -> open.body().filter(line -> line.startsWith("data:")).forEach(streamed::add));
        reader.setDaemon(true);
        reader.start();
        logs.clear();

        List<EnrichedArticle> held;
        try (ConsumerTask<String, String> dlq = kafka.consumeStrings().fromTopics(Topics.STORE_DEAD_LETTER)) {
            OwnPostgresResource.stopDatabase();
            try {
                held = articles("during the outage", 30);
                sendAll(held);
                await().atMost(Duration.ofSeconds(30)).until(() -> databaseCheck(ready()).equals("DOWN"));
                assertThat(given().get("/q/health/live").statusCode()).as("liveness during the outage").isEqualTo(200);
                assertAnswers503InTime("/articles?limit=5");
                assertAnswers503InTime("/articles/" + held.get(0).id());
                assertAnswers503InTime("/entities");
                assertAnswers503InTime("/categories");
                assertThat(openStream().statusCode()).as("a new stream during the outage").isEqualTo(503);
                // The consumer keeps retrying meanwhile, and stays alive.
                await().during(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(10))
                        .until(() -> given().get("/q/health/live").statusCode() == 200);
            } finally {
                OwnPostgresResource.startDatabase();
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> databaseCheck(ready()).equals("UP"));
            awaitStored(held);
            Set<String> ids = held.stream().map(EnrichedArticle::id).collect(Collectors.toSet());
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3))
                    .until(() -> dlq.getRecords().stream().noneMatch(r -> ids.contains(r.key())));
        }
        await("the open stream sends the held articles once they are stored").atMost(Duration.ofSeconds(30))
                .until(() -> held.stream().allMatch(a -> streamed.stream().anyMatch(line -> line.contains(a.id()))));
        List<String> warnings = logs.records().stream().map(r -> r.getLoggerName() + ": " + r.getMessage()).toList();
        assertThat(warnings).as("WARN and above during the outage").filteredOn(w -> w.contains("Database unavailable")).hasSize(1);
        assertThat(logs.records()).as("no ERROR during the outage").noneMatch(r -> r.getLevel().intValue() >= Level.SEVERE.intValue());
    }

    @Test
    void shouldAnswerInTimeAndStoreHeldRecordsWhenAFrozenDatabaseThaws() {
        List<EnrichedArticle> before = articles("before the freeze", 1);
        awaitStored(sendAll(before));
        List<EnrichedArticle> held;
        OwnPostgresResource.freeze();
        try {
            held = articles("during the freeze", 10);
            sendAll(held);
            long start = System.nanoTime();
            Response readiness = ready();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("readiness answer").isLessThan(READINESS_ANSWER);
            assertThat(databaseCheck(readiness)).isEqualTo("DOWN");
            assertThat(given().get("/q/health/live").statusCode()).as("liveness while frozen").isEqualTo(200);
            assertAnswers503InTime("/articles/" + before.get(0).id());
            assertAnswers503InTime("/articles?limit=5");
        } finally {
            OwnPostgresResource.thaw();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> databaseCheck(ready()).equals("UP"));
        awaitStored(held);
    }

    private static void assertAnswers503InTime(String path) {
        long start = System.nanoTime();
        Response response = given().get(path);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(response.statusCode()).as(path).isEqualTo(503);
        assertThat(response.contentType()).as(path).startsWith("application/problem+json");
        assertThat(response.header("Retry-After")).as(path).isNotBlank();
        assertThat(took).as("answer time of " + path).isLessThan(QUERY_ANSWER);
    }

    private static Response ready() {
        return given().get("/q/health/ready");
    }

    private static String databaseCheck(Response readiness) {
        List<String> status = readiness.jsonPath().getList("checks.findAll { it.name == 'database' }.status", String.class);
        return status.isEmpty() ? "MISSING" : status.get(0);
    }

    private HttpResponse<Stream<String>> openStream() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(stream).header("Accept", "text/event-stream").build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
    }

    private static List<EnrichedArticle> articles(String headline, int count) {
        List<EnrichedArticle> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            articles.add(event(uniqueId(), 1, "Story " + i + " " + headline, "medtop:11000000", "Olaf Scholz", Instant.now()));
        }
        return articles;
    }

    private List<EnrichedArticle> sendAll(List<EnrichedArticle> articles) {
        kafka.produceStrings().fromRecords(articles.stream()
                        .map(a -> new ProducerRecord<>(Topics.ENRICHED, a.id(), json(a))).toList())
                .awaitCompletion(Duration.ofSeconds(30));
        return articles;
    }

    private static void awaitStored(List<EnrichedArticle> articles) {
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(articles)
                .allMatch(a -> given().get("/articles/" + a.id()).statusCode() == 200));
    }
}
