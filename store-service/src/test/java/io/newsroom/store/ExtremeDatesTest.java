package io.newsroom.store;

import io.newsroom.infra.quarkus.KafkaCompanionTest;
import io.newsroom.infra.quarkus.KafkaResource;
import io.newsroom.infra.quarkus.PostgresResource;
import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.schemas.EnrichedArticle.EntityType;
import io.newsroom.schemas.Topics;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.newsroom.store.EnrichedEvents.builder;
import static io.newsroom.store.EnrichedEvents.json;
import static io.newsroom.store.EnrichedEvents.uniqueId;
import static io.newsroom.store.EnrichedEvents.uniqueSource;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Articles dated at the edges of the RFC 3339 range that ingest accepts (0001-01-01 to 9999-12-31) are stored from the
 * enriched topic and listed: newest first with and without filters, page by page through cursors, and on the stream,
 * with their dates unchanged.
 */
@QuarkusTest
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class ExtremeDatesTest extends KafkaCompanionTest {

    private static final Instant LAST = Instant.parse("9999-12-31T23:59:59Z");
    private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
    private static final String CATEGORY = "medtop:16000000";

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource dataSource;

    @TestHTTPResource("/articles/stream")
    URL stream;

    @Test
    void shouldStoreListPageAndStreamArticlesAtBothEndsOfTheDateRange() throws Exception {
        String source = uniqueSource();
        String entity = "Edge " + uniqueId().substring(0, 8);
        EnrichedArticle last = article(source, entity, LAST);
        EnrichedArticle today = article(source, entity, Instant.now());
        EnrichedArticle first = article(source, entity, FIRST);
        EnrichedArticle almostLast = article(source, entity, Instant.parse("9999-12-31T23:59:58.999999Z"));
        EnrichedArticle almostFirst = article(source, entity, Instant.parse("0001-01-01T00:00:00.000001Z"));
        for (EnrichedArticle article : List.of(today, last, first, almostLast, almostFirst)) {
            kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.ENRICHED, article.id(), json(article)))
                    .awaitCompletion(Duration.ofSeconds(30));
        }
        List<String> newestFirst = List.of(last.id(), almostLast.id(), today.id(), almostFirst.id(), first.id());

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(ids(Map.of("source", source), 100)).containsExactlyElementsOf(newestFirst));
        // The database holds the very instants (the time filters compare them there), not shifted by a calendar.
        assertThat(storedTime(first.id())).isEqualTo("0001-01-01 00:00:00+00");
        assertThat(storedTime(last.id())).isEqualTo("9999-12-31 23:59:59+00");
        assertThat(ids(Map.of("source", source, "category", CATEGORY), 1)).containsExactlyElementsOf(newestFirst);
        assertThat(ids(Map.of("entity", entity), 1)).containsExactlyElementsOf(newestFirst);
        assertThat(ids(Map.of("source", source, "entity", entity, "category", CATEGORY), 3)).containsExactlyElementsOf(newestFirst);
        assertThat(ids(Map.of(), 1)).startsWith(last.id(), almostLast.id());
        assertThat(ids(Map.of("source", source, "from", "9999-12-31", "to", "9999-12-31T23:59:59.5Z"), 1))
                .containsExactly(last.id(), almostLast.id());
        assertThat(ids(Map.of("source", source, "to", "0001-01-01T00:00:00.000001Z"), 1)).containsExactly(first.id());

        given().get("/articles/" + last.id()).then().statusCode(200)
                .body("published", org.hamcrest.Matchers.equalTo("9999-12-31T23:59:59Z"))
                .body("versionCreated", org.hamcrest.Matchers.equalTo("9999-12-31T23:59:59Z"));
        given().get("/articles/" + first.id()).then().statusCode(200)
                .body("published", org.hamcrest.Matchers.equalTo("0001-01-01T00:00:00Z"));
        assertThat(given().get("/entities/" + last.entities().get(0).key()).then().statusCode(200).extract()
                .jsonPath().getList("recentArticles.id", String.class)).containsExactlyElementsOf(newestFirst);

        assertThat(streamed(source, newestFirst.size())).containsExactlyInAnyOrderElementsOf(newestFirst);
    }

    private String storedTime(String id) throws java.sql.SQLException {
        try (java.sql.Connection c = dataSource.getConnection();
             java.sql.PreparedStatement st = c.prepareStatement("SET TIME ZONE 'UTC'; SELECT published::text FROM article WHERE id = ?")) {
            st.setString(1, id);
            st.execute();
            st.getMoreResults();
            try (java.sql.ResultSet rs = st.getResultSet()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static EnrichedArticle article(String source, String entity, Instant published) {
        return builder(uniqueId()).source(source).category(CATEGORY).entity(EntityType.PERSON, entity, null)
                .published(published).build();
    }

    /** Every id of the list, following nextCursor page by page. */
    private static List<String> ids(Map<String, String> filter, int pageSize) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 1000; page++) {
            var request = given().queryParams(filter).queryParam("limit", pageSize);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath body = request.get("/articles").then().statusCode(200).extract().jsonPath();
            ids.addAll(body.getList("items.id", String.class));
            cursor = body.getString("nextCursor");
            if (cursor == null || ids.size() >= 20) {
                return ids;
            }
        }
        return ids;
    }

    /** The ids of the first {@code count} events of the stream of the source, replayed from the start. */
    private List<String> streamed(String source, int count) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stream + "?source=" + source))
                .header("Accept", "text/event-stream").header("Last-Event-ID", "0").build();
        HttpResponse<Stream<String>> open = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
        assertThat(open.statusCode()).isEqualTo(200);
        LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> open.body().forEach(lines::add));
        reader.setDaemon(true);
        reader.start();
        List<String> ids = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (ids.size() < count && System.nanoTime() < deadline) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line != null && line.startsWith("data:")) {
                ids.add(JsonPath.from(line.substring(5)).getString("id"));
            }
        }
        reader.interrupt();
        open.body().close();
        return ids;
    }
}
