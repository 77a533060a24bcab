package io.newsroom.store.pipeline;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The records a read_committed consumer still has to read between a group's committed offsets and the ends of its
 * partitions (the last stable offsets). The offsets alone overcount on a topic written in transactions (the enriched
 * topic): each transaction leaves a commit or abort marker in every partition it wrote, and aborted records stay in
 * the log, yet a read_committed consumer reads neither. A caught-up consumer has committed the offset after its last
 * record, which is the marker's, so the difference of offsets stays at one per partition however long it waits.
 *
 * <p>So the gap is read, not subtracted: a consumer without a group seeks to each committed offset and fetches once per
 * partition; the broker leaves out markers and aborted records, the consumer's position moves past them. A partition
 * read to its end counts exactly the records returned; a longer backlog counts the records of its first fetch plus the
 * offsets after it (an overcount by at most the markers there, and only while there is real lag). Each page view
 * thus reads at most one fetch per lagging partition, never the backlog. Not thread-safe: callers synchronise.
 */
final class UnreadRecords implements AutoCloseable {

    /** Bytes fetched per partition and in all: enough for many small batches, bounded for large articles. */
    private static final int PARTITION_FETCH_BYTES = 64 * 1024;
    private static final int FETCH_BYTES = 1024 * 1024;
    private static final Duration POLL = Duration.ofMillis(50);

    private final KafkaConsumer<byte[], byte[]> consumer;

    UnreadRecords(Map<String, Object> clientSettings) {
        Map<String, Object> settings = new HashMap<>(clientSettings);
        settings.put(ConsumerConfig.CLIENT_ID_CONFIG, "store-service-pipeline-lag");
        settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString().toLowerCase(Locale.ROOT));
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, PARTITION_FETCH_BYTES);
        settings.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, FETCH_BYTES);
        settings.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10);
        this.consumer = new KafkaConsumer<>(settings, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** Records still to read from {@code from}, and how many of them are at or after {@code mark}. */
    record Counts(long fromStart, long fromMark) {
    }

    /**
     * @param from   each partition's committed offset (or its first offset when the group committed none)
     * @param end    each partition's last stable offset
     * @param budget how long to read; a partition not fetched within it counts its offsets
     * @return the records not yet read, summed over the partitions
     */
    long count(Map<TopicPartition, Long> from, Map<TopicPartition, Long> end, Duration budget) {
        return count(from, from, end, budget).fromStart();
    }

    /**
     * One read of the gap from {@code from} that answers two questions: how many records it holds, and how many of
     * them lie at or after {@code mark} (a dead-letter topic's letters, and those no re-drive has passed yet).
     *
     * @param mark each partition's second starting point, at or after {@code from}
     */
    Counts count(Map<TopicPartition, Long> from, Map<TopicPartition, Long> mark, Map<TopicPartition, Long> end,
                 Duration budget) {
        Set<TopicPartition> lagging = new HashSet<>();
        end.forEach((partition, last) -> {
            if (last > from.get(partition)) {
                lagging.add(partition);
            }
        });
        if (lagging.isEmpty()) {
            return new Counts(0, 0);
        }
        consumer.assign(lagging);
        lagging.forEach(partition -> consumer.seek(partition, from.get(partition)));
        Map<TopicPartition, Long> records = new HashMap<>();
        Map<TopicPartition, Long> marked = new HashMap<>();
        Set<TopicPartition> unread = new HashSet<>(lagging);
        long deadline = System.nanoTime() + budget.toNanos();
        while (!unread.isEmpty() && System.nanoTime() < deadline) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                if (record.offset() < end.get(partition)) {
                    records.merge(partition, 1L, Long::sum);
                    if (record.offset() >= mark.get(partition)) {
                        marked.merge(partition, 1L, Long::sum);
                    }
                }
            }
            // Fetched once (the position moved, past records or only markers): the rest is counted in offsets.
            Set<TopicPartition> fetched = new HashSet<>();
            for (TopicPartition partition : unread) {
                if (consumer.position(partition) > from.get(partition)) {
                    fetched.add(partition);
                }
            }
            consumer.pause(fetched);
            unread.removeAll(fetched);
        }
        long fromStart = 0;
        long fromMark = 0;
        for (TopicPartition partition : lagging) {
            long readTo = Math.min(end.get(partition), consumer.position(partition));
            fromStart += records.getOrDefault(partition, 0L) + (end.get(partition) - readTo);
            fromMark += marked.getOrDefault(partition, 0L) + Math.max(0, end.get(partition) - Math.max(readTo, mark.get(partition)));
        }
        consumer.unsubscribe();
        return new Counts(fromStart, fromMark);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
