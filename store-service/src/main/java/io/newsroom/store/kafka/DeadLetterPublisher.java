package io.newsroom.store.kafka;

import io.newsroom.support.deadletter.DeadLetterSender;
import io.newsroom.schemas.DeadLetters;
import io.newsroom.schemas.Topics;
import io.newsroom.store.write.StoreMetrics;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sets single records of a batch aside on {@link Topics#STORE_DEAD_LETTER} with their reason: copied when they fit,
 * as a reference when they do not (DeadLetters), so a record of any size can always be set aside. Returns only once
 * the broker has every letter, so the batch is acknowledged (and its offsets committed) only after its dead letters
 * are safe. One log line per letter: where it was and why, never its content.
 */
@ApplicationScoped
public class DeadLetterPublisher {

    private static final Logger LOG = Logger.getLogger(DeadLetterPublisher.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(20);

    /** One record, why it cannot be stored, and that reason in a few words for the metric label. */
    public record DeadLetter(ConsumerRecord<String, byte[]> record, String reason, String cause) {
    }

    private final DeadLetterSender sender;

    @Inject
    StoreMetrics metrics;

    @Inject
    public DeadLetterPublisher(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.sender = new DeadLetterSender(kafkaConfig, "store-service-dead-letters", SEND_TIMEOUT);
    }

    /** @throws IllegalStateException when the broker did not take every letter (the batch must then fail) */
    public void publish(List<DeadLetter> deadLetters) {
        if (deadLetters.isEmpty()) {
            return;
        }
        List<CompletableFuture<Void>> sends = deadLetters.stream().map(dead -> {
            DeadLetters.Origin origin = DeadLetters.Origin.of(dead.record());
            return sender.send(Topics.STORE_DEAD_LETTER, origin, dead.reason()).thenAccept(byReference -> {
                metrics.deadLettered(dead.cause());
                LOG.warnf("Dead-lettered%s %s", byReference ? " (by reference)" : "", DeadLetters.describe(origin, dead.reason()));
            });
        }).toList();
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                    .get(SEND_TIMEOUT.toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing dead letters", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Dead letters could not be written: " + e.getMessage(), e);
        }
    }

    @PreDestroy
    void close() {
        sender.close();
    }
}
