package io.newsroom.faults;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.schemas.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What the pipeline holds once drained, read from the sources of truth and not from the services: the article table
 * over JDBC, the enriched topic as a downstream subscriber sees it ({@code isolation.level=read_committed}) and the
 * dead-letter topics.
 */
final class Audit {

    /** Figures of the FAULTS line plus what explains them. */
    record Result(int accepted, long stored, long lost, long duplicateRows, long duplicateEnriched,
                  long extraVersions, long deadLettered, List<String> lostSample, long duplicateRaw,
                  List<String> duplicateEnrichedSample) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private Audit() {
    }

    static Result run(Set<String> acceptedIds, String jdbcUrl, String bootstrapServers) throws SQLException {
        Set<String> storedIds = new HashSet<>();
        long rows;
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT id FROM article")) {
                while (rs.next()) {
                    storedIds.add(rs.getString(1));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM article")) {
                rs.next();
                rows = rs.getLong(1);
            }
        }
        List<String> lost = acceptedIds.stream().filter(id -> !storedIds.contains(id)).sorted().toList();

        // Enriched records per (id, version): more than one is a duplicate publication downstream sees.
        Map<String, Integer> perIdVersion = new HashMap<>();
        Map<String, Set<Long>> versionsPerId = new HashMap<>();
        // Where each (id, version) sits, to tell a record enriched twice (two enriched offsets, one raw) from one
        // published twice by ingest (two raw offsets) when a run finds duplicates.
        Map<String, List<String>> enrichedAt = new HashMap<>();
        readAll(bootstrapServers, Topics.ENRICHED, record -> {
            long version = version(record.value());
            String key = record.key() + "@" + version;
            perIdVersion.merge(key, 1, Integer::sum);
            versionsPerId.computeIfAbsent(record.key(), k -> new HashSet<>()).add(version);
            enrichedAt.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(record.partition() + ":" + record.offset());
        });
        long duplicateEnriched = perIdVersion.values().stream().mapToLong(n -> n - 1).sum();
        Map<String, Integer> rawPerIdVersion = new HashMap<>();
        readAll(bootstrapServers, Topics.RAW, record -> rawPerIdVersion.merge(record.key() + "@" + version(record.value()), 1, Integer::sum));
        long duplicateRaw = rawPerIdVersion.values().stream().mapToLong(n -> n - 1).sum();
        List<String> duplicateSample = enrichedAt.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .sorted(Map.Entry.comparingByKey()).limit(5)
                .map(e -> e.getKey() + " enriched at " + e.getValue() + ", raw copies " + rawPerIdVersion.getOrDefault(e.getKey(), 0))
                .toList();
        // Each article is sent once with one content: a second version of an id is a retry published twice.
        long extraVersions = versionsPerId.values().stream().mapToLong(v -> v.size() - 1).sum();
        long[] deadLettered = {0};
        for (String topic : List.of(Topics.ENRICH_DEAD_LETTER, Topics.STORE_DEAD_LETTER)) {
            readAll(bootstrapServers, topic, record -> deadLettered[0]++);
        }
        return new Result(acceptedIds.size(), storedIds.size(), lost.size(), rows - storedIds.size(),
                duplicateEnriched, extraVersions, deadLettered[0], lost.stream().limit(5).toList(), duplicateRaw,
                duplicateSample);
    }

    private static long version(byte[] value) {
        try {
            return JSON.readTree(value).path("version").asLong(-1);
        } catch (java.io.IOException e) {
            return -1; // not JSON: counted under one (id, -1)
        }
    }

    /** Every committed record of a topic from the beginning to its current end; a topic not yet created has none. */
    private static void readAll(String bootstrapServers, String topic, Consumer<ConsumerRecord<String, byte[]>> sink) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<PartitionInfo> partitions = consumer.listTopics(Duration.ofSeconds(30)).get(topic);
            if (partitions == null || partitions.isEmpty()) {
                return;
            }
            List<TopicPartition> assigned = partitions.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            // read_committed stops at the last stable offset, so "done" is position >= that, not the raw end offset.
            Map<TopicPartition, Long> ends = consumer.endOffsets(assigned, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (assigned.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read " + topic + " to its end within 3 minutes");
                }
                consumer.poll(Duration.ofMillis(500)).forEach(sink);
            }
        }
    }
}
