package io.newsroom.ingest.tracing;

import io.newsroom.infra.quarkus.KafkaCompanionTest;
import io.newsroom.infra.quarkus.KafkaResource;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The first hop of an article's trace: the POST's server span, its child "news.articles.raw.v1 publish" span, and the
 * raw record's traceparent header naming that publish span, so enrich-service continues the same trace. Real broker,
 * spans in memory.
 */
@QuarkusTest
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
class TraceHeadersTest extends KafkaCompanionTest {

    @Inject
    InMemorySpanExporter spans;

    @Test
    void shouldCarryThePublishSpansContextInTheRawRecordsHeaders() {
        String sourceId = "traced-" + UUID.randomUUID();
        String id = given().header("Authorization", "Bearer test-key-wire-eu").contentType(ContentType.JSON)
                .body("""
                        {"source":"wire-eu","sourceId":"%s","url":"https://wire-eu.example/%s",
                         "headline":"Ministers meet over rail strike","body":"Ministers met union leaders on Monday."}
                        """.formatted(sourceId, sourceId))
                .when().post("/articles")
                .then().statusCode(202).extract().path("id");

        ConsumerRecord<String, String> record = raw(id);
        String traceparent = new String(record.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8);
        // Spans are exported in batches (every 5 s by default): wait for this article's.
        await().atMost(Duration.ofSeconds(30)).until(() -> finished("news.articles.raw.v1 publish", id) != null);
        SpanData publish = finished("news.articles.raw.v1 publish", id);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(spans.getFinishedSpanItems())
                .as("the parent of " + publish).anyMatch(s -> s.getSpanId().equals(publish.getParentSpanId())));
        SpanData server = spans.getFinishedSpanItems().stream()
                .filter(s -> s.getSpanId().equals(publish.getParentSpanId())).findFirst().orElseThrow();

        assertThat(traceparent).isEqualTo("00-" + publish.getTraceId() + "-" + publish.getSpanId() + "-01");
        assertThat(publish.getKind()).isEqualTo(SpanKind.PRODUCER);
        assertThat(server.getKind()).isEqualTo(SpanKind.SERVER);
        assertThat(server.getName()).contains("/articles");
        assertThat(server.getTraceId()).isEqualTo(publish.getTraceId());
        // The contract's own headers stay as they were.
        assertThat(new String(record.headers().lastHeader("article-id").value(), StandardCharsets.UTF_8)).isEqualTo(id);
    }

    private SpanData finished(String name, String key) {
        return spans.getFinishedSpanItems().stream()
                .filter(s -> s.getName().equals(name) && s.getAttributes().asMap().toString().contains(key))
                .findFirst().orElse(null);
    }

    private ConsumerRecord<String, String> raw(String id) {
        try (var task = kafka.consumeStrings().fromTopics(io.newsroom.schemas.Topics.RAW)) {
            List<ConsumerRecord<String, String>> found = await().atMost(Duration.ofSeconds(30)).until(
                    () -> task.getRecords().stream().filter(r -> id.equals(r.key())).toList(), list -> !list.isEmpty());
            return found.get(0);
        }
    }
}
