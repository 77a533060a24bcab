package io.newsroom.store;

import io.newsroom.infra.quarkus.KafkaCompanionTest;
import io.newsroom.infra.quarkus.KafkaResource;
import io.newsroom.infra.quarkus.PostgresResource;
import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.schemas.Topics;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.newsroom.store.EnrichedEvents.event;
import static io.newsroom.store.EnrichedEvents.json;
import static io.newsroom.store.EnrichedEvents.uniqueId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * store-service's hop of an article's trace and its flow metrics, on the real broker and database with spans in
 * memory: the article's "news.articles.enriched.v1 store" span continues the trace of the enriched record's
 * traceparent and links to the batch's span, which links back to it; /q/metrics shows the ingest-to-stored
 * histogram, dead letters by reason and the lag of every partition the channel reads.
 */
@QuarkusTest
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class TracingAndFlowMetricsTest extends KafkaCompanionTest {

    private static final String TRACE = "5bf92f3577b34da6a3ce929d0e0e4737";
    private static final String ENRICH_SPAN = "10f067aa0ba902b8";

    @Inject
    InMemorySpanExporter spans;

    @Test
    void shouldJoinTheArticlesTraceWhenStoringIt() {
        EnrichedArticle article = event(uniqueId(), 1, "Traced story", "medtop:11000000", "Olaf Scholz", Instant.now());
        send(article.id(), json(article), "00-" + TRACE + "-" + ENRICH_SPAN + "-01");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(spans.getFinishedSpanItems())
                .anyMatch(s -> s.getName().equals("news.articles.enriched.v1 store") && s.getTraceId().equals(TRACE)));
        SpanData store = spans.getFinishedSpanItems().stream()
                .filter(s -> s.getName().equals("news.articles.enriched.v1 store") && s.getTraceId().equals(TRACE))
                .findFirst().orElseThrow();
        SpanData batch = spans.getFinishedSpanItems().stream()
                .filter(s -> s.getSpanContext().equals(store.getLinks().get(0).getSpanContext())).findFirst().orElseThrow();

        assertThat(store.getParentSpanId()).isEqualTo(ENRICH_SPAN);
        assertThat(store.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(store.getAttributes().asMap().toString()).contains("newsroom.store.outcome=inserted", article.id());
        assertThat(batch.getName()).isEqualTo("news.articles.enriched.v1 store batch");
        assertThat(batch.getLinks()).anyMatch(link -> link.getSpanContext().getSpanId().equals(ENRICH_SPAN));
        given().get("/articles/" + article.id()).then().statusCode(200);
    }

    @Test
    void shouldTimeEachNewArticleFromIngestToItsCommit() {
        double before = histogramCount();
        EnrichedArticle article = event(uniqueId(), 1, "Timed story", "medtop:15000000", "Erling Haaland", Instant.now());
        send(article.id(), json(article), null);

        await().atMost(Duration.ofSeconds(60)).until(() -> histogramCount() > before);
        assertThat(metrics()).contains("newsroom_store_ingest_to_stored_seconds_bucket{le=\"1.0\"}");
    }

    @Test
    void shouldCountDeadLettersByReason() {
        send("poison-" + UUID.randomUUID(), "{\"id\": 42}", null);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(metrics())
                .containsPattern("newsroom_articles_dead_lettered_total\\{reason=\"invalid-event\"} [1-9]"));
    }

    @Test
    void shouldShowTheLagOfEveryEnrichedPartitionItsConsumersRead() {
        int partitions = kafka.topics().describe(Topics.ENRICHED).get(Topics.ENRICHED).partitions().size();

        // Refreshed every 5 s; every partition is assigned to one of this instance's two consumers. A partition's gauge
        // comes with its consumer's first fetch of it, which on a busy CI machine took over 30 s once (11 of 12 seen):
        // the same minute as this class's other waits.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<String> gauges = metrics().lines()
                    .filter(line -> line.startsWith("newsroom_consumer_lag{group=\"store-service\""))
                    .filter(line -> line.contains("topic=\"" + Topics.ENRICHED + "\"")).toList();
            assertThat(gauges).hasSize(partitions);
        });
    }

    private double histogramCount() {
        Matcher count = Pattern.compile("(?m)^newsroom_store_ingest_to_stored_seconds_count (\\S+)").matcher(metrics());
        return count.find() ? Double.parseDouble(count.group(1)) : 0;
    }

    private String metrics() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private void send(String key, String value, String traceparent) {
        RecordHeaders headers = new RecordHeaders();
        if (traceparent != null) {
            headers.add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
        }
        kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.ENRICHED, null, key, value, headers))
                .awaitCompletion(Duration.ofSeconds(30));
    }
}
