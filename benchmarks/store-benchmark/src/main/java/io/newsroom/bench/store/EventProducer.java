package io.newsroom.bench.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.schemas.EventSchemas;
import io.newsroom.support.kafka.TopicBootstrap;
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
 * Fills a topic before the services start, so the measured phase is the services alone, not the producer: keyed by
 * article id like ingest-service and enrich-service do, on the contract's 12 partitions. StoreBenchmark fills
 * news.articles.enriched.v1, BacklogSoak news.articles.raw.v1.
 */
final class EventProducer {

    record Produced(long records, long bytes, double seconds) {
    }

    /** A record's key and serialised value. */
    record Keyed(String key, byte[] value) {
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
        return produce(Topics.ENRICHED, generator.count(), i -> {
            EnrichedArticle article = generator.article(i);
            return new Keyed(article.id(), Json.MAPPER.writeValueAsBytes(article));
        });
    }

    /** Record number {@code i}: its key and serialised value. */
    @FunctionalInterface
    interface RecordSource {
        Keyed record(int i) throws JsonProcessingException;
    }

    /** Produces records 0 to count - 1 of the source to an existing topic and waits until the broker has all of them. */
    Produced produce(String topic, int count, RecordSource source) throws Exception {
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
            for (int i = 0; i < count; i++) {
                Keyed record = source.record(i);
                bytes += record.value().length;
                producer.send(new ProducerRecord<>(topic, record.key(), record.value()), (meta, e) -> {
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
            throw new IllegalStateException("Producing the events failed", failure.get());
        }
        return new Produced(count, bytes, (System.nanoTime() - start) / 1e9);
    }
}
