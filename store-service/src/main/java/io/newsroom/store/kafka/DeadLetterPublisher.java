package io.newsroom.store.kafka;

import io.newsroom.schemas.Topics;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Sets single records of a batch aside on {@link Topics#STORE_DEAD_LETTER}, key and value unchanged, with the
 * same reason headers as SmallRye's dead-letter strategy. Returns only once the broker has every one of them,
 * so the batch is acknowledged (and its offsets committed) only after its dead letters are safe.
 */
@ApplicationScoped
public class DeadLetterPublisher {

    public static final String CHANNEL = "store-dead-letters-out";
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);

    /** One record and why it cannot be stored. */
    public record DeadLetter(ConsumerRecord<String, byte[]> record, String reason) {
    }

    @Inject
    @Channel(CHANNEL)
    MutinyEmitter<byte[]> emitter;

    public void publish(List<DeadLetter> deadLetters) {
        if (deadLetters.isEmpty()) {
            return;
        }
        List<Uni<Void>> sends = deadLetters.stream().map(this::send).toList();
        Uni.join().all(sends).andFailFast().await().atMost(ACK_TIMEOUT);
    }

    private Uni<Void> send(DeadLetter dead) {
        ConsumerRecord<String, byte[]> record = dead.record();
        RecordHeaders headers = new RecordHeaders();
        record.headers().forEach(headers::add);
        headers.add(Topics.DEAD_LETTER_REASON_HEADER, utf8(dead.reason()));
        headers.add("dead-letter-topic", utf8(record.topic()));
        headers.add("dead-letter-partition", utf8(Integer.toString(record.partition())));
        headers.add("dead-letter-offset", utf8(Long.toString(record.offset())));
        Message<byte[]> message = Message.of(record.value()).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(record.key())
                .withHeaders(headers)
                .build());
        return emitter.sendMessage(message);
    }

    private static byte[] utf8(String text) {
        return (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
    }
}
