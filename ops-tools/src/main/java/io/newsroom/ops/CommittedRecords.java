package io.newsroom.ops;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Counts the committed records between two offsets of each partition by reading them (read_committed). Offsets alone
 * overstate a transactional topic's backlog: each transaction leaves a commit marker that takes an offset but is no
 * record, so a consumer that read everything stays one offset "behind" on every partition a transaction wrote, and
 * aborted records are never delivered at all. Reading is bounded in time: what is not read by then is counted as
 * offsets and the count is marked as an estimate.
 */
final class CommittedRecords {

    /** @param exact false when the reading stopped at the time bound and the rest was counted as offsets */
    record Count(long records, boolean exact) {

        static final Count NONE = new Count(0, true);

        Count plus(Count other) {
            return new Count(records + other.records, exact && other.exact);
        }
    }

    private final KafkaSettings kafka;
    private final Duration budget;

    CommittedRecords(KafkaSettings kafka, Duration budget) {
        this.kafka = kafka;
        this.budget = budget;
    }

    /**
     * @param from first offset to count, per partition
     * @param to   end offset (exclusive; the last stable offset under read_committed), per partition
     */
    Map<TopicPartition, Count> count(Map<TopicPartition, Long> from, Map<TopicPartition, Long> to) {
        Map<TopicPartition, Count> counts = new HashMap<>();
        Set<TopicPartition> open = new HashSet<>();
        from.forEach((tp, start) -> {
            if (to.getOrDefault(tp, 0L) > start) {
                open.add(tp);
            } else {
                counts.put(tp, Count.NONE);
            }
        });
        if (open.isEmpty()) {
            return counts;
        }
        Map<TopicPartition, Long> read = new HashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = kafka.reader()) {
            consumer.assign(open);
            open.forEach(tp -> consumer.seek(tp, from.get(tp)));
            long deadline = System.nanoTime() + budget.toNanos();
            while (!open.isEmpty() && System.nanoTime() < deadline) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(200));
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                    if (open.contains(tp) && record.offset() < to.get(tp)) {
                        read.merge(tp, 1L, Long::sum);
                    }
                }
                // The position passes markers and aborted records without delivering anything: done once past the end.
                for (TopicPartition tp : Set.copyOf(open)) {
                    if (consumer.position(tp) >= to.get(tp)) {
                        open.remove(tp);
                        counts.put(tp, new Count(read.getOrDefault(tp, 0L), true));
                    }
                }
                consumer.pause(consumer.assignment().stream().filter(tp -> !open.contains(tp)).toList());
            }
            for (TopicPartition tp : open) {
                long rest = Math.max(0, to.get(tp) - consumer.position(tp));
                counts.put(tp, new Count(read.getOrDefault(tp, 0L) + rest, false));
            }
        }
        return counts;
    }
}
