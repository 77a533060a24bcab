package io.newsroom.support.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The W3C trace context of an article carried in Kafka record headers ({@code traceparent}, {@code tracestate}), so
 * that one article is one trace across the three services although enrich and ingest use plain Kafka clients that no
 * instrumentation sees. Extracts a record's context, starts the span of a service's step as its child, and writes a
 * span's context into the headers of the record the step sends on.
 * <p>
 * Off (the services' default, {@code quarkus.otel.sdk.disabled=true}) it uses the API's no-op implementation: no span
 * is recorded and no header written. Quarkus' "disabled" SDK would still record every span (exporting none) and
 * write traceparent headers, which costs something per record and says nothing to anyone.
 */
public final class RecordTracing {

    /** Semantic-convention attribute names (messaging, OpenTelemetry 1.x), written out to need no semconv jar. */
    static final String SYSTEM = "messaging.system";
    static final String DESTINATION = "messaging.destination.name";
    static final String OPERATION = "messaging.operation.type";
    static final String KEY = "messaging.kafka.message.key";
    static final String PARTITION = "messaging.destination.partition.id";
    static final String OFFSET = "messaging.kafka.offset";

    private static final TextMapGetter<Headers> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            List<String> keys = new ArrayList<>();
            headers.forEach(header -> keys.add(header.key()));
            return keys;
        }

        @Override
        public String get(Headers headers, String key) {
            Header header = headers == null ? null : headers.lastHeader(key);
            return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };

    /** Replaces rather than adds: a record carries one context, whatever its headers held before. */
    private static final TextMapSetter<Headers> SETTER = (headers, key, value) -> {
        if (headers != null) {
            headers.remove(key);
            headers.add(key, value.getBytes(StandardCharsets.UTF_8));
        }
    };

    private final Tracer tracer;
    private final TextMapPropagator propagator;

    /** @param enabled false when the service's {@code quarkus.otel.sdk.disabled} is true */
    public RecordTracing(OpenTelemetry openTelemetry, boolean enabled, String instrumentationName) {
        OpenTelemetry used = enabled ? openTelemetry : OpenTelemetry.noop();
        this.tracer = used.getTracer(instrumentationName);
        this.propagator = used.getPropagators().getTextMapPropagator();
    }

    public Tracer tracer() {
        return tracer;
    }

    /** The context a record's headers carry; the root context when they carry none. */
    public Context extract(Headers headers) {
        return propagator.extract(Context.root(), headers, GETTER);
    }

    /** Writes {@code span}'s context into {@code headers}, replacing any context they carried. */
    public void inject(Span span, Headers headers) {
        propagator.inject(Context.root().with(span), headers, SETTER);
    }

    /**
     * A CONSUMER span named {@code "<topic> <operation>"} for one consumed record, child of the context its headers
     * carry (a root span when they carry none). The caller ends it.
     */
    public Span consume(ConsumerRecord<?, ?> record, String operation) {
        return consumeBuilder(record, operation).startSpan();
    }

    /** As {@link #consume}, for a caller that adds links or attributes before starting it. */
    public SpanBuilder consumeBuilder(ConsumerRecord<?, ?> record, String operation) {
        SpanBuilder builder = tracer.spanBuilder(record.topic() + " " + operation)
                .setSpanKind(SpanKind.CONSUMER)
                .setParent(extract(record.headers()))
                .setAttribute(SYSTEM, "kafka")
                .setAttribute(DESTINATION, record.topic())
                .setAttribute(OPERATION, "process")
                .setAttribute(PARTITION, Integer.toString(record.partition()))
                .setAttribute(OFFSET, record.offset());
        if (record.key() != null) {
            builder.setAttribute(KEY, record.key().toString());
        }
        return builder;
    }

    /** A PRODUCER span named {@code "<topic> publish"}, child of the current context (an HTTP request's span). */
    public Span publish(String topic, String key) {
        return tracer.spanBuilder(topic + " publish")
                .setSpanKind(SpanKind.PRODUCER)
                .setParent(Context.current())
                .setAttribute(SYSTEM, "kafka")
                .setAttribute(DESTINATION, topic)
                .setAttribute(OPERATION, "send")
                .setAttribute(KEY, key)
                .startSpan();
    }
}
