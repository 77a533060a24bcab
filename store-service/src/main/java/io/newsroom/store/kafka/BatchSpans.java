package io.newsroom.store.kafka;

import io.newsroom.schemas.Topics;
import io.newsroom.store.write.StoreOutcome;
import io.newsroom.support.tracing.RecordTracing;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The spans of one stored batch. A batch holds many articles, each with its own trace, and one span has one parent:
 * so each record gets its own "news.articles.enriched.v1 store" span, child of the context its headers carry (the
 * enrich span), which is how the article's trace reaches the store's transaction; and the batch gets one span,
 * "news.articles.enriched.v1 store batch", a root linked to every record's context, which shows the transaction
 * they shared. Every record's span links back to the batch span and ends with it, once the transaction and the dead
 * letters are done, with the outcome (or the dead-letter reason) as an attribute.
 */
final class BatchSpans {

    private final Span batch;
    private final Map<ConsumerRecord<String, byte[]>, Span> records = new IdentityHashMap<>();

    private BatchSpans(Span batch) {
        this.batch = batch;
    }

    static BatchSpans start(RecordTracing tracing, ConsumerRecords<String, byte[]> polled) {
        SpanBuilder builder = tracing.tracer().spanBuilder(Topics.ENRICHED + " store batch")
                .setSpanKind(SpanKind.CONSUMER)
                .setNoParent()
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", Topics.ENRICHED)
                .setAttribute("messaging.batch.message_count", (long) polled.count());
        for (ConsumerRecord<String, byte[]> record : polled) {
            SpanContext context = Span.fromContext(tracing.extract(record.headers())).getSpanContext();
            if (context.isValid()) {
                builder.addLink(context);
            }
        }
        BatchSpans spans = new BatchSpans(builder.startSpan());
        for (ConsumerRecord<String, byte[]> record : polled) {
            spans.records.put(record, tracing.consumeBuilder(record, "store")
                    .addLink(spans.batch.getSpanContext()).startSpan());
        }
        return spans;
    }

    /** The batch span's context, for the work done for the whole batch (the transaction's own spans, if any). */
    Context context() {
        return Context.root().with(batch);
    }

    void stored(ConsumerRecord<String, byte[]> record, StoreOutcome outcome) {
        span(record).setAttribute("newsroom.store.outcome", outcome.name().toLowerCase());
    }

    void deadLettered(ConsumerRecord<String, byte[]> record, String cause) {
        Span span = span(record);
        span.setAttribute("newsroom.dead_letter.reason", cause);
        span.setStatus(StatusCode.ERROR, "dead-lettered: " + cause);
    }

    /** The batch was not acknowledged: it is read again. */
    void failed(RuntimeException error) {
        batch.recordException(error);
        batch.setStatus(StatusCode.ERROR, "batch not acknowledged; read again");
        records.values().forEach(span -> span.setStatus(StatusCode.ERROR, "batch not acknowledged; read again"));
    }

    void end() {
        records.values().forEach(Span::end);
        batch.end();
    }

    private Span span(ConsumerRecord<String, byte[]> record) {
        Span span = records.get(record);
        return span == null ? Span.getInvalid() : span;
    }
}
