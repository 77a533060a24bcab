package io.newsroom.support.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trace context travels in record headers: a publish span's context written into a record's headers is the parent
 * of the span a consumer starts for that record, a record without headers starts a new trace, and writing a context
 * replaces the one a record carried (a dead letter or re-driven record never carries two). Off, nothing is
 * recorded or written. An in-memory SDK, no broker: the hops with a broker are tested in each service.
 */
class RecordTracingTest {

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final OpenTelemetry sdk = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
            .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
            .build();
    private final RecordTracing tracing = new RecordTracing(sdk, true, "test");

    @Test
    void shouldContinueThePublishersTraceInTheConsumersSpan() {
        Span request = tracing.tracer().spanBuilder("POST /articles").setSpanKind(SpanKind.SERVER).startSpan();
        Span publish;
        try (Scope ignored = request.makeCurrent()) {
            publish = tracing.publish("news.articles.raw.v1", "article-1");
        }
        RecordHeaders headers = new RecordHeaders();
        tracing.inject(publish, headers);
        publish.end();
        request.end();

        Span consume = tracing.consume(record(headers), "process");
        consume.end();

        SpanData published = span("news.articles.raw.v1 publish");
        SpanData consumed = span("news.articles.raw.v1 process");
        assertThat(published.getParentSpanId()).isEqualTo(request.getSpanContext().getSpanId());
        assertThat(published.getKind()).isEqualTo(SpanKind.PRODUCER);
        assertThat(consumed.getTraceId()).isEqualTo(request.getSpanContext().getTraceId());
        assertThat(consumed.getParentSpanId()).isEqualTo(published.getSpanId());
        assertThat(consumed.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(consumed.getAttributes().asMap().toString()).contains("article-1", "news.articles.raw.v1");
    }

    @Test
    void shouldStartANewTraceForARecordWithoutContext() {
        Span consume = tracing.consume(record(new RecordHeaders()), "process");
        consume.end();

        assertThat(span("news.articles.raw.v1 process").getParentSpanContext().isValid()).isFalse();
    }

    @Test
    void shouldReplaceTheContextARecordCarried() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01".getBytes(StandardCharsets.UTF_8));
        headers.add("article-id", "article-1".getBytes(StandardCharsets.UTF_8));
        Span next = tracing.consume(record(headers), "process");

        tracing.inject(next, headers);

        assertThat(headers.headers("traceparent")).hasSize(1);
        assertThat(new String(headers.lastHeader("traceparent").value(), StandardCharsets.UTF_8))
                .isEqualTo("00-0af7651916cd43dd8448eb211c80319c-" + next.getSpanContext().getSpanId() + "-01");
        assertThat(headers.lastHeader("article-id")).isNotNull();
    }

    /**
     * Quarkus with quarkus.otel.sdk.disabled=true still hands out an SDK that records spans (it only exports none)
     * and writes traceparent headers: off must mean no span and no header.
     */
    @Test
    void shouldRecordNoSpanAndWriteNoHeaderWhenTracingIsOff() {
        RecordTracing off = new RecordTracing(sdk, false, "test");
        RecordHeaders headers = new RecordHeaders();

        Span publish = off.publish("news.articles.raw.v1", "article-1");
        off.inject(publish, headers);
        publish.end();
        off.consume(record(headers), "process").end();

        assertThat(headers.toArray()).isEmpty();
        assertThat(spans.getFinishedSpanItems()).isEmpty();
    }

    private SpanData span(String name) {
        Optional<SpanData> found = spans.getFinishedSpanItems().stream().filter(s -> s.getName().equals(name)).findFirst();
        assertThat(found).as(name + " in " + spans.getFinishedSpanItems()).isPresent();
        return found.get();
    }

    private static ConsumerRecord<String, byte[]> record(RecordHeaders headers) {
        return new ConsumerRecord<>("news.articles.raw.v1", 3, 42L, 0L, TimestampType.CREATE_TIME, 0, 0,
                "article-1", new byte[0], headers, Optional.empty());
    }
}
