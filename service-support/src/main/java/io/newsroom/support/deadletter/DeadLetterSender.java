package io.newsroom.support.deadletter;

import io.newsroom.schemas.DeadLetters;
import io.newsroom.schemas.StorageContract;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Writes dead letters ({@link DeadLetters}) with its own idempotent, acks=all producer. A copy that the producer or
 * the broker still refuses as too large (a cluster with limits below Kafka's defaults) is sent again as a reference,
 * so a poison record can always be set aside. Only an unreachable broker makes a send fail: then nothing is
 * committed and the record is read again later, which is an outage, not a poison record.
 */
public final class DeadLetterSender implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(DeadLetterSender.class.getName());

    private final Producer<String, byte[]> producer;
    private final Duration timeout;

    /** @param kafkaConfig the service's {@code kafka.*} client settings (bootstrap servers, security) */
    public DeadLetterSender(Map<String, Object> kafkaConfig, String clientId, Duration timeout) {
        Map<String, Object> config = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (ProducerConfig.configNames().contains(key)) {
                config.put(key, value);
            }
        });
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, StorageContract.MAX_RECORD_BYTES);
        int half = (int) Math.max(timeout.toMillis() / 2, 1_000);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (long) half);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, half);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(half / 2 - 10, 500));
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
        this.timeout = timeout;
    }

    /**
     * Sends the letter for {@code origin}; completes when the broker has it.
     *
     * @return whether the letter is a reference (the original did not fit)
     */
    public CompletableFuture<Boolean> send(String deadLetterTopic, DeadLetters.Origin origin, String reason) {
        ProducerRecord<String, byte[]> letter = DeadLetters.letter(deadLetterTopic, origin, reason);
        boolean reference = letter.headers().lastHeader(DeadLetters.BY_REFERENCE_HEADER) != null;
        return send(letter).thenApply(ignored -> reference).exceptionallyCompose(error -> {
            Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                    ? error.getCause() : error;
            if (!reference && cause instanceof RecordTooLargeException) {
                LOG.log(System.Logger.Level.WARNING, "Dead letter of " + DeadLetters.describe(origin, "")
                        + " refused as too large; sending a reference instead");
                return send(DeadLetters.reference(deadLetterTopic, origin, reason)).thenApply(ignored -> true);
            }
            return CompletableFuture.failedFuture(cause);
        });
    }

    /** {@link #send} and wait: for consumers that must not acknowledge a record before its letter is safe. */
    public boolean sendAndWait(String deadLetterTopic, DeadLetters.Origin origin, String reason) {
        try {
            return send(deadLetterTopic, origin, reason).get(timeout.toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing a dead letter", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The dead letter of " + DeadLetters.describe(origin, reason)
                    + " could not be written", e.getCause() == null ? e : e.getCause());
        }
    }

    private CompletableFuture<Void> send(ProducerRecord<String, byte[]> record) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            producer.send(record, (metadata, error) -> {
                if (error == null) {
                    done.complete(null);
                } else {
                    done.completeExceptionally(error);
                }
            });
        } catch (RuntimeException e) {
            // The producer's own size check throws RecordTooLargeException through the callback; metadata or buffer
            // waits (broker unreachable) throw here.
            done.completeExceptionally(e);
        }
        return done;
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
