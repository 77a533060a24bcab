package io.newsroom.ingest.service;

import io.newsroom.ingest.problem.PublishFailedException;
import io.newsroom.ingest.problem.InvalidArticleException;
import io.newsroom.ingest.config.IngestConfig;
import io.newsroom.schemas.RawArticle;
import io.newsroom.schemas.Topics;
import io.newsroom.support.tracing.RecordTracing;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.quarkus.runtime.Startup;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Publishes raw article events to {@link Topics#RAW}, keyed by article id, with one plain Kafka producer shared by
 * all requests. The returned future completes only when the broker acknowledged the record (acks=all, idempotent
 * producer) and fails with {@link PublishFailedException} otherwise, always within {@code publish-timeout}: the send
 * may wait half of it for metadata or buffer space ({@code max.block.ms}), the record the other half for its
 * acknowledgement ({@code delivery.timeout.ms}). Callers must not run on an event loop (send may block).
 * An event larger than {@code max-event-bytes} is refused with 413 before it reaches the broker.
 * <p>
 * A plain producer rather than a reactive-messaging emitter: a batch of 500 items then costs 500 sends and 500
 * callbacks, not 500 reactive pipelines with a timer and context propagation each (measured: docs/benchmarks.md, ingest log).
 * Each send is a PRODUCER span, child of the request's span (a pull's has none), whose W3C context goes into the
 * record's headers: enrich-service continues the article's trace from there.
 */
@Startup   // created with the service, so a wrong Kafka setting stops the start, not the first request
@ApplicationScoped
public class ArticlePublisher {

    private final Producer<String, byte[]> producer;
    private final int maxEventBytes;
    private final RecordTracing tracing;

    @Inject
    public ArticlePublisher(IngestConfig config,
                            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, OpenTelemetry openTelemetry,
                            @ConfigProperty(name = "quarkus.otel.sdk.disabled") boolean tracingOff) {
        this.tracing = new RecordTracing(openTelemetry, !tracingOff, "ingest-service");
        this.producer = new KafkaProducer<>(producerConfig(kafkaConfig, config.publishTimeout()),
                new StringSerializer(), new ByteArraySerializer());
        // The contract's ceiling wins over a larger setting: every accepted event must fit every later stage.
        this.maxEventBytes = Math.min(config.maxEventBytes(), io.newsroom.schemas.StorageContract.MAX_RAW_EVENT_BYTES);
    }

    /**
     * The {@code kafka.*} settings (bootstrap servers, security) with what an accepted article needs on top:
     * every in-sync replica has it before the 202, and retries never write it twice. These are not configurable.
     */
    static Map<String, Object> producerConfig(Map<String, Object> kafkaConfig, Duration publishTimeout) {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        int half = (int) half(publishTimeout).toMillis();
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "ingest-service");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (long) half);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, half);
        // One retry fits in the delivery timeout; linger.ms (5 ms by default since Kafka 4.0) must fit too.
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(half / 2 - 10, 100));
        return config;
    }

    /** The share of publish-timeout for waiting on the broker before sending (metadata, buffer space, the raw topic's end). */
    static Duration half(Duration publishTimeout) {
        return Duration.ofMillis(Math.max(Math.min(publishTimeout.toMillis() / 2, Integer.MAX_VALUE), 500));
    }

    /**
     * Sends the article's event ({@code value}: its JSON, written once when the article was checked, see
     * mapping/RawEvent); throws 413 when it is too large, otherwise the future says whether Kafka has it.
     */
    public CompletableFuture<Void> publish(RawArticle article, byte[] value) {
        requireWithinLimit(value);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.RAW, null, article.id(), value, List.of(
                new RecordHeader("article-id", article.id().getBytes(StandardCharsets.UTF_8)),
                new RecordHeader("article-version", Integer.toString(article.version()).getBytes(StandardCharsets.UTF_8))));
        Span span = tracing.publish(Topics.RAW, article.id());
        span.setAttribute("newsroom.article.version", article.version());
        tracing.inject(span, record.headers());
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        acknowledged.whenComplete((ignored, error) -> ended(span, error));
        try {
            producer.send(record, (metadata, error) -> {
                if (error == null) {
                    acknowledged.complete(null);
                } else if (error instanceof RecordTooLargeException) {
                    // Permanent for this record (the producer's or broker's size limit): a retry would fail again.
                    acknowledged.completeExceptionally(InvalidArticleException.of(413, "event-too-large", "Article too large",
                            "Kafka refuses an event of " + value.length + " bytes here: " + error.getMessage()));
                } else {
                    acknowledged.completeExceptionally(notAcknowledged(error));
                }
            });
        } catch (KafkaException | IllegalStateException e) {
            // Metadata or buffer space not available within max.block.ms (broker down or far behind), or shutting down.
            acknowledged.completeExceptionally(new PublishFailedException("Kafka refused the article: " + e.getMessage(), e,
                    waitedForBroker(e)));
        }
        return acknowledged;
    }

    /** The span lasts until the broker acknowledged the record, or failed to. */
    private static void ended(Span span, Throwable error) {
        if (error != null) {
            span.recordException(error);
            span.setStatus(StatusCode.ERROR, "not acknowledged by Kafka");
        }
        span.end();
    }

    /** No metadata or buffer space within max.block.ms: nothing was sent, and every further send would wait as long. */
    private static boolean waitedForBroker(Exception error) {
        return error instanceof org.apache.kafka.common.errors.TimeoutException;
    }

    /**
     * The record was handed to the producer and came back failed. A retriable error that outlasted the delivery
     * timeout (no acknowledgement in time, connection lost, leader moved) leaves the outcome unknown: the producer does
     * not tell a batch that expired unsent from one whose request reached the broker, which may have written it while
     * frozen or before the connection dropped (issue 13). Only an error the broker answered for this record (not
     * retriable: authorisation, a corrupt or invalid record) means it certainly was not written.
     */
    static PublishFailedException notAcknowledged(Exception error) {
        if (error instanceof org.apache.kafka.common.errors.RetriableException) {
            return PublishFailedException.outcomeUnknown("no acknowledgement from Kafka: " + error.getMessage(), error);
        }
        return new PublishFailedException("Kafka refused the article: " + error.getMessage(), error, false);
    }

    private void requireWithinLimit(byte[] value) {
        if (value.length > maxEventBytes) {
            throw InvalidArticleException.of(413, "event-too-large", "Article too large",
                    "The article's event would have " + value.length + " bytes; the limit is "
                            + maxEventBytes + " bytes (body and original document count).");
        }
    }

    /** Sends what is still buffered before the service stops: an article answered 202 is already acknowledged. */
    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
