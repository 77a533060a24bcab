package io.newsroom.bench.store;

import io.newsroom.schemas.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * After the run, what the topics hold: every record of the enriched topic read from the beginning and counted per
 * key (an article enriched twice, e.g. redelivered after a rebalance, has two), which produced articles never came
 * out, and the dead letters of both services with their first reasons. Reads with assigned partitions and no group,
 * so it never joins or disturbs the services' groups.
 */
final class TopicAudit {

    static final int REASONS_KEPT = 5;

    record Result(long enrichedRecords, int distinctKeys, int duplicatedKeys, long extraCopies, int missing,
                  long enrichDeadLetters, long storeDeadLetters, List<String> deadLetterReasons, double seconds) {
    }

    private final String bootstrapServers;

    TopicAudit(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    Result run(Set<String> producedIds) {
        long start = System.nanoTime();
        Map<String, Integer> perKey = new HashMap<>();
        long records = read(Topics.ENRICHED, r -> perKey.merge(r.key(), 1, Integer::sum));
        int duplicated = (int) perKey.values().stream().filter(n -> n > 1).count();
        long extra = perKey.values().stream().mapToLong(n -> n - 1).sum();
        int missing = (int) producedIds.stream().filter(id -> !perKey.containsKey(id)).count();
        List<String> reasons = new ArrayList<>();
        long enrichDead = read(Topics.ENRICH_DEAD_LETTER, r -> keepReason(reasons, Topics.ENRICH_DEAD_LETTER, r));
        long storeDead = read(Topics.STORE_DEAD_LETTER, r -> keepReason(reasons, Topics.STORE_DEAD_LETTER, r));
        return new Result(records, perKey.size(), duplicated, extra, missing, enrichDead, storeDead, reasons,
                (System.nanoTime() - start) / 1e9);
    }

    private static void keepReason(List<String> reasons, String topic, ConsumerRecord<String, Integer> r) {
        if (reasons.size() < REASONS_KEPT) {
            Header reason = r.headers().lastHeader(Topics.DEAD_LETTER_REASON_HEADER);
            reasons.add(topic + " key " + r.key() + ": "
                    + (reason == null ? "(no reason header)" : new String(reason.value(), StandardCharsets.UTF_8)));
        }
    }

    /** Reads a topic from its beginning to the end offsets it has now; values are only sized, not kept. */
    private long read(String topic, Consumer<ConsumerRecord<String, Integer>> each) {
        Deserializer<Integer> size = (t, data) -> data == null ? 0 : data.length;
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000);
        try (KafkaConsumer<String, Integer> consumer = new KafkaConsumer<>(config, new StringDeserializer(), size)) {
            List<TopicPartition> partitions = IntStream.range(0, consumer.partitionsFor(topic).size())
                    .mapToObj(p -> new TopicPartition(topic, p)).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long count = 0;
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read " + topic + " to its end within 10 minutes");
                }
                for (ConsumerRecord<String, Integer> r : consumer.poll(Duration.ofSeconds(1))) {
                    each.accept(r);
                    count++;
                }
            }
            return count;
        }
    }
}
