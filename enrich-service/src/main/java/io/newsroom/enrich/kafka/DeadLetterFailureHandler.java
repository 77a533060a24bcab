package io.newsroom.enrich.kafka;

import io.newsroom.enrich.service.EnrichMetrics;
import io.newsroom.schemas.DeadLetterSender;
import io.newsroom.schemas.DeadLetters;
import io.newsroom.schemas.Topics;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The raw channel's failure strategy ({@code failure-strategy=dead-letter-by-reference}): a record that could not be
 * enriched or whose enriched event the broker refused goes to news.dlq.enrich-service.v1 with the reason — copied
 * when it fits, as a reference (DeadLetters) when it does not, so a record of any size or bytes is set aside — and
 * only then acknowledged, so the next record is processed. SmallRye's own dead-letter strategy copies the record
 * whatever its size: a record near Kafka's limit then failed the channel and, after a restart, again (a crash loop).
 * One log line per letter, never the record's content.
 */
@ApplicationScoped
@io.quarkus.arc.Unremovable   // looked up by name by the Kafka connector, never injected
@Identifier(DeadLetterFailureHandler.STRATEGY)
public class DeadLetterFailureHandler implements KafkaFailureHandler.Factory {

    public static final String STRATEGY = "dead-letter-by-reference";

    private static final Logger LOG = Logger.getLogger(DeadLetterFailureHandler.class);
    /** While the broker cannot take the letter the record is held (not acknowledged), and tried again. */
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LAST_RETRY = Duration.ofSeconds(30);
    private static final int RETRIES = 20;

    private final DeadLetterSender sender;

    @Inject
    EnrichMetrics metrics;

    @Inject
    public DeadLetterFailureHandler(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.sender = new DeadLetterSender(kafkaConfig, "enrich-service-dead-letters", Duration.ofSeconds(20));
    }

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
                                      KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                DeadLetters.Origin origin = new DeadLetters.Origin(record.getTopic(), record.getPartition(),
                        record.getOffset(), record.getKey() == null ? null : record.getKey().toString(),
                        record.getPayload() instanceof byte[] bytes ? bytes : null, record.getHeaders());
                String why = reason.getMessage() == null ? reason.getClass().getSimpleName() : reason.getMessage();
                return Uni.createFrom().completionStage(() -> sender.send(Topics.ENRICH_DEAD_LETTER, origin, why))
                        .onFailure().invoke(e -> LOG.warnf("Dead letter of %s not written yet: %s",
                                DeadLetters.describe(origin, why), e.getMessage()))
                        .onFailure().retry().withBackOff(FIRST_RETRY, LAST_RETRY).atMost(RETRIES)
                        .invoke(byReference -> {
                            metrics.deadLettered();
                            LOG.warnf("Dead-lettered%s %s", byReference ? " (by reference)" : "", DeadLetters.describe(origin, why));
                        })
                        .chain(ignored -> Uni.createFrom().completionStage(record.ack()));
            }
        };
    }

    @PreDestroy
    void close() {
        sender.close();
    }
}
