package io.newsroom.enrich;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.newsroom.infra.quarkus.KafkaCompanionTest;
import io.newsroom.infra.quarkus.KafkaResource;
import io.newsroom.schemas.RawArticle;
import io.newsroom.schemas.Topics;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * enrich-service's hop of an article's trace and its flow metrics, on the real broker with spans in memory: the
 * "news.articles.raw.v1 process" span continues the trace of the raw record's traceparent and the enriched record
 * carries that span's context on; a dead letter keeps the original's context; /q/metrics shows the lag of every
 * partition the loops read and dead letters by reason.
 */
@QuarkusTest
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
class TracingAndFlowMetricsTest extends KafkaCompanionTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String PUBLISH_SPAN = "00f067aa0ba902b7";
    private static final String TRACEPARENT = "00-" + TRACE + "-" + PUBLISH_SPAN + "-01";

    private final ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();

    @Inject
    InMemorySpanExporter spans;

    @Test
    void shouldContinueTheRawRecordsTraceAndPassItOnInTheEnrichedRecord() throws Exception {
        RawArticle raw = TestArticles.withBody("The striker scored twice as the club won the league match on Saturday.");
        send(raw.id(), mapper.writeValueAsBytes(raw), TRACEPARENT);

        ConsumerRecord<String, String> enriched = awaitKey(Topics.ENRICHED, raw.id());
        SpanData process = await().atMost(Duration.ofSeconds(10)).until(() -> spans.getFinishedSpanItems().stream()
                .filter(s -> s.getName().equals("news.articles.raw.v1 process") && s.getTraceId().equals(TRACE))
                .findFirst().orElse(null), span -> span != null);

        assertThat(process.getParentSpanId()).isEqualTo(PUBLISH_SPAN);
        assertThat(process.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(header(enriched, "traceparent")).isEqualTo("00-" + TRACE + "-" + process.getSpanId() + "-01");
    }

    @Test
    void shouldKeepTheOriginalsTraceContextOnADeadLetterAndCountItByReason() {
        String key = "traced-poison-" + UUID.randomUUID();
        send(key, "{\"not\": json".getBytes(StandardCharsets.UTF_8), TRACEPARENT);

        ConsumerRecord<String, String> dead = awaitKey(Topics.ENRICH_DEAD_LETTER, key);

        assertThat(header(dead, "traceparent")).isEqualTo(TRACEPARENT);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(metrics())
                .containsPattern("newsroom_articles_dead_lettered_total\\{reason=\"invalid-event\"} [1-9]"));
    }

    @Test
    void shouldShowTheLagOfEveryRawPartitionItsLoopsRead() {
        send("lag-" + UUID.randomUUID(), "{}".getBytes(StandardCharsets.UTF_8), null);

        // Every partition of the raw topic is assigned to one of this instance's loops; refreshed every 5 s.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<String> gauges = metrics().lines()
                    .filter(line -> line.startsWith("newsroom_consumer_lag{group=\"enrich-service\""))
                    .filter(line -> line.contains("topic=\"" + Topics.RAW + "\"")).toList();
            assertThat(gauges).hasSize(kafka.topics().describe(Topics.RAW).get(Topics.RAW).partitions().size());
        });
    }

    private String metrics() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private void send(String key, byte[] value, String traceparent) {
        RecordHeaders headers = new RecordHeaders();
        if (traceparent != null) {
            headers.add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
        }
        kafka.produce(String.class, byte[].class).fromRecords(new ProducerRecord<>(Topics.RAW, null, key, value, headers))
                .awaitCompletion(Duration.ofSeconds(30));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        assertThat(record.headers().lastHeader(name)).as(name + " header").isNotNull();
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private ConsumerRecord<String, String> awaitKey(String topic, String key) {
        try (ConsumerTask<String, String> task = kafka.consumeStrings().fromTopics(topic)) {
            return await().atMost(Duration.ofSeconds(60)).until(
                    () -> task.getRecords().stream().filter(r -> key.equals(r.key())).findFirst().orElse(null),
                    r -> r != null);
        }
    }
}
