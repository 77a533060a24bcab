package io.newsroom.ingest.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.ingest.config.IngestConfig;
import io.newsroom.schemas.RawArticle;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import java.nio.charset.StandardCharsets;

/**
 * Publishes raw article events keyed by article id. The returned Uni completes only when the broker has
 * acknowledged the record (acks=all, idempotent producer), and fails when it did not within the timeout.
 * An event larger than {@code max-event-bytes} is refused with 413 before it reaches the broker.
 */
@ApplicationScoped
public class ArticlePublisher {

    /** Outgoing channel bound to {@link io.newsroom.schemas.Topics#RAW} in application.properties. */
    public static final String CHANNEL = "raw-articles-out";

    @Inject
    @Channel(CHANNEL)
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 16384)
    MutinyEmitter<byte[]> emitter;

    @Inject
    IngestConfig config;

    @Inject
    ObjectMapper json;

    public Uni<Void> publish(RawArticle article) {
        byte[] value = serialise(article);
        RecordHeaders headers = new RecordHeaders();
        headers.add("article-id", article.id().getBytes(StandardCharsets.UTF_8));
        headers.add("article-version", Integer.toString(article.version()).getBytes(StandardCharsets.UTF_8));
        Message<byte[]> message = Message.of(value).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(article.id())
                .withHeaders(headers)
                .build());
        return Uni.createFrom().deferred(() -> emitter.sendMessage(message))
                .ifNoItem().after(config.publishTimeout())
                .failWith(() -> new PublishFailedException("Kafka did not acknowledge within " + config.publishTimeout(), null))
                .onFailure(e -> !(e instanceof PublishFailedException))
                .transform(e -> new PublishFailedException("Kafka refused the article: " + e.getMessage(), e));
    }

    /** A writer bound to the type once: Jackson then skips the per-call serializer lookup. */
    private com.fasterxml.jackson.databind.ObjectWriter rawWriter;

    @jakarta.annotation.PostConstruct
    void init() {
        rawWriter = json.writerFor(RawArticle.class);
    }

    private byte[] serialise(RawArticle article) {
        try {
            byte[] value = rawWriter.writeValueAsBytes(article);
            if (value.length > config.maxEventBytes()) {
                throw InvalidArticleException.of(413, "event-too-large", "Article too large",
                        "The article's event would have " + value.length + " bytes; the limit is "
                                + config.maxEventBytes() + " bytes (body and original document count).");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A raw article cannot be serialised", e);
        }
    }
}
