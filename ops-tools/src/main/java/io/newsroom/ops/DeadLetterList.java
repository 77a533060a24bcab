package io.newsroom.ops;

import io.newsroom.schemas.DeadLetters;
import io.newsroom.schemas.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;

/**
 * {@code dlq list [TOPIC]}: each dead letter with where it came from and why ({@link DeadLetters}' headers), and
 * whether a re-drive has passed it yet (the committed offsets of the owning service's re-drive group). Values are not
 * printed: {@code tail TOPIC --from-beginning} shows them.
 */
final class DeadLetterList {

    /** Each dead-letter topic and the group its service's re-drive keeps its progress in. */
    static final Map<String, String> REDRIVE_GROUPS = Map.of(
            Topics.ENRICH_DEAD_LETTER, "enrich-service-redrive",
            Topics.STORE_DEAD_LETTER, "store-service-redrive");

    /** One topic's letters. */
    record Summary(String topic, long letters, long waiting) {
    }

    private final KafkaSettings kafka;

    DeadLetterList(KafkaSettings kafka) {
        this.kafka = kafka;
    }

    /** @param max at most this many letters per topic; null: all */
    List<Summary> list(List<String> topics, Long max, PrintStream out) {
        return topics.stream().map(topic -> list(topic, max, out)).toList();
    }

    private Summary list(String topic, Long max, PrintStream out) {
        Map<TopicPartition, OffsetAndMetadata> redriven = redriven(topic);
        long letters = 0;
        long waiting = 0;
        out.println(topic + (REDRIVE_GROUPS.containsKey(topic) ? " (re-drive group " + REDRIVE_GROUPS.get(topic) + ")" : ""));
        try (KafkaConsumer<byte[], byte[]> consumer = kafka.reader()) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(15));
            if (infos == null || infos.isEmpty()) {
                out.println("  no such topic yet: no letters");
                return new Summary(topic, 0, 0);
            }
            List<TopicPartition> partitions = infos.stream().map(i -> new TopicPartition(topic, i.partition()))
                    .sorted(java.util.Comparator.comparingInt(TopicPartition::partition)).toList();
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Set<TopicPartition> open = new HashSet<>(partitions);
            open.removeIf(tp -> consumer.position(tp) >= end.get(tp));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!open.isEmpty() && (max == null || letters < max) && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(300))) {
                    TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= end.get(tp) || max != null && letters >= max) {
                        continue;
                    }
                    OffsetAndMetadata done = redriven.get(tp);
                    boolean passed = done != null && done.offset() > record.offset();
                    letters++;
                    if (!passed) {
                        waiting++;
                    }
                    out.println(line(record, passed));
                }
                open.removeIf(tp -> consumer.position(tp) >= end.get(tp));
            }
        }
        out.printf("  %d letter(s), %d not re-driven yet%n", letters, waiting);
        return new Summary(topic, letters, waiting);
    }

    static String line(ConsumerRecord<byte[], byte[]> record, boolean redriven) {
        StringBuilder line = new StringBuilder("  partition ").append(record.partition()).append(" offset ").append(record.offset())
                .append("  ").append(Instant.ofEpochMilli(record.timestamp()))
                .append("  key ").append(RecordFormat.bytes(record.key()));
        String origin = header(record, DeadLetters.TOPIC_HEADER);
        if (origin != null) {
            line.append("  from ").append(origin).append('-').append(header(record, DeadLetters.PARTITION_HEADER))
                    .append('@').append(header(record, DeadLetters.OFFSET_HEADER));
        }
        if ("true".equals(header(record, DeadLetters.BY_REFERENCE_HEADER))) {
            line.append("  by reference (cannot be re-driven)");
        }
        line.append(redriven ? "  re-driven" : "  waiting");
        String reason = header(record, DeadLetters.REASON_HEADER);
        line.append("\n    reason: ").append(reason == null ? "(none given)" : reason);
        return line.toString();
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null || header.value() == null) {
            return null;
        }
        String text = RecordFormat.printableText(header.value());
        return text != null ? text.strip() : RecordFormat.bytes(header.value());
    }

    private Map<TopicPartition, OffsetAndMetadata> redriven(String topic) {
        String group = REDRIVE_GROUPS.get(topic);
        if (group == null) {
            return Map.of();
        }
        try (Admin admin = kafka.admin()) {
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().forEach((tp, offset) -> {
                if (offset != null) {
                    offsets.put(tp, offset);
                }
            });
            return offsets;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            // A group that never committed is unknown to the broker: nothing re-driven yet.
            if (e.getCause() instanceof org.apache.kafka.common.errors.GroupIdNotFoundException) {
                return Map.of();
            }
            throw new IllegalStateException("the broker refused: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
