package io.newsroom.bench.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.schemas.EventSchemas;
import io.newsroom.schemas.TopicBootstrap;
import io.newsroom.schemas.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fills news.articles.enriched.v1 before store-service starts, so the measured phase is the store alone, not the
 * producer: keyed by article id like enrich-service does, on the contract's 12 partitions.
 */
final class EventProducer {

    record Produced(long records, long bytes, double seconds) {
    }

    private final String bootstrapServers;

    EventProducer(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Fails unless every sampled event is valid against the contract's JSON Schema. */
    static void validateSample(ArticleGenerator generator, int sample) throws JsonProcessingException {
        int step = Math.max(1, generator.count() / sample);
        for (int i = 0; i < generator.count(); i += step) {
            var json = Json.MAPPER.valueToTree(generator.article(i));
            List<EventSchemas.Violation> violations = EventSchemas.get().validate(EventSchemas.Kind.ENRICHED, json);
            if (!violations.isEmpty()) {
                throw new IllegalStateException("Generated article " + i + " is not a valid enriched event: " + violations);
            }
        }
    }

    Produced produceAll(ArticleGenerator generator) throws Exception {
        TopicBootstrap.ensureTopics(Map.of("bootstrap.servers", bootstrapServers), List.of(Topics.ENRICHED),
                Topics.DEFAULT_PARTITIONS, Duration.ofSeconds(30));
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 10,
                ProducerConfig.BATCH_SIZE_CONFIG, 262_144,
                ProducerConfig.BUFFER_MEMORY_CONFIG, 128L * 1024 * 1024);
        AtomicReference<Exception> failure = new AtomicReference<>();
        long bytes = 0;
        long start = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < generator.count(); i++) {
                EnrichedArticle article = generator.article(i);
                byte[] value = Json.MAPPER.writeValueAsBytes(article);
                bytes += value.length;
                producer.send(new ProducerRecord<>(Topics.ENRICHED, article.id(), value), (meta, e) -> {
                    if (e != null) {
                        failure.compareAndSet(null, e);
                    }
                });
                if (failure.get() != null) {
                    break;
                }
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("Producing the articles failed", failure.get());
        }
        return new Produced(generator.count(), bytes, (System.nanoTime() - start) / 1e9);
    }
}
