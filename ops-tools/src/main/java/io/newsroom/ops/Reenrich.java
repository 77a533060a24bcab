package io.newsroom.ops;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * {@code reenrich}: moves enrich-service's consumer group back on the raw topic, so that the stopped service, once
 * started again, enriches every raw record from there on a second time with its current model; the store keeps the
 * later enrichment of each article version (store-service's VersionRules). Kafka lets a group's offsets be changed only
 * while it has no members, so the service must be stopped first (./newsroom does it; on Kubernetes scale it to 0).
 * <p>
 * Each partition goes to the first record written at or after {@code since} (Kafka's offsetsForTimes), or to its first
 * retained record without {@code since}; a partition is only ever moved back, never forward: one whose committed
 * offset is already earlier (a backlog not yet enriched) keeps it, and one the group never committed on keeps nothing
 * (enrich-service starts such a partition at its beginning anyway).
 */
final class Reenrich {

    /**
     * @param committed the group's offset now, null when it never committed on the partition
     * @param target    where it goes (equal to committed when it does not move)
     */
    record Move(int partition, Long committed, long target, long end) {

        boolean moves() {
            return committed != null && target < committed;
        }

        /** Offsets to read again (records and transaction markers) once the service is back. */
        long again() {
            return moves() ? committed - target : 0;
        }
    }

    record Plan(String group, String topic, Instant since, List<Move> moves) {

        long again() {
            return moves.stream().mapToLong(Move::again).sum();
        }
    }

    private final KafkaSettings kafka;

    Reenrich(KafkaSettings kafka) {
        this.kafka = kafka;
    }

    /** @param since null: from the first retained record of each partition */
    Plan plan(String group, String topic, Instant since) {
        try (Admin admin = kafka.admin()) {
            TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
            Map<TopicPartition, OffsetSpec> first = new HashMap<>();
            Map<TopicPartition, OffsetSpec> at = new HashMap<>();
            Map<TopicPartition, OffsetSpec> last = new HashMap<>();
            description.partitions().forEach(p -> {
                TopicPartition tp = new TopicPartition(topic, p.partition());
                first.put(tp, OffsetSpec.earliest());
                at.put(tp, since == null ? OffsetSpec.earliest() : OffsetSpec.forTimestamp(since.toEpochMilli()));
                last.put(tp, OffsetSpec.latest());
            });
            ListOffsetsOptions committedOnly = new ListOffsetsOptions(IsolationLevel.READ_COMMITTED);
            var starts = admin.listOffsets(first, committedOnly).all().get();
            var targets = admin.listOffsets(at, committedOnly).all().get();
            var ends = admin.listOffsets(last, committedOnly).all().get();
            Map<TopicPartition, OffsetAndMetadata> committed = committed(admin, group);
            List<Move> moves = new ArrayList<>();
            for (TopicPartition tp : first.keySet().stream().sorted(java.util.Comparator.comparingInt(TopicPartition::partition)).toList()) {
                long end = ends.get(tp).offset();
                // offsetsForTimes answers -1 when no record is that recent: nothing to enrich again there.
                long target = targets.get(tp).offset() < 0 ? end : Math.max(targets.get(tp).offset(), starts.get(tp).offset());
                OffsetAndMetadata position = committed.get(tp);
                Long now = position == null ? null : position.offset();
                moves.add(new Move(tp.partition(), now, now == null ? target : Math.min(now, target), end));
            }
            return new Plan(group, topic, since, moves);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the broker refused: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /**
     * Waits up to {@code wait} for the group to have no members (a stopped static member stays one until its session
     * times out, 10 s for enrich-service), then commits the plan's offsets for the group.
     *
     * @throws UsageException when members remain: a running instance would overwrite the offsets with its own
     */
    void apply(Plan plan, Duration wait, PrintStream out) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        plan.moves().stream().filter(Move::moves)
                .forEach(m -> offsets.put(new TopicPartition(plan.topic(), m.partition()), new OffsetAndMetadata(m.target())));
        if (offsets.isEmpty()) {
            return;
        }
        try (Admin admin = kafka.admin()) {
            awaitEmpty(admin, plan.group(), wait, out);
            admin.alterConsumerGroupOffsets(plan.group(), offsets).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the broker refused the new offsets: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static void awaitEmpty(Admin admin, String group, Duration wait, PrintStream out)
            throws ExecutionException, InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        boolean told = false;
        while (true) {
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
            List<MemberDescription> members = List.copyOf(description.members());
            if (members.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new UsageException("consumer group " + group + " still has " + members.size() + " member(s) ("
                        + String.join(", ", members.stream().map(m -> m.clientId() + " on " + m.host()).toList())
                        + "): stop every instance of the service first (Kubernetes: scale it to 0), then run this again");
            }
            if (!told) {
                out.println("Waiting up to " + wait.toSeconds() + " s for the members of " + group
                        + " to leave (a stopped static member stays until its session times out)…");
                told = true;
            }
            Thread.sleep(1_000);
        }
    }

    private static Map<TopicPartition, OffsetAndMetadata> committed(Admin admin, String group)
            throws ExecutionException, InterruptedException {
        try {
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().forEach((tp, offset) -> {
                if (offset != null) {
                    offsets.put(tp, offset);
                }
            });
            return offsets;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) {
                return Map.of();
            }
            throw e;
        }
    }

    static void print(Plan plan, PrintStream out) {
        out.printf("%s on %s, %s:%n", plan.group(), plan.topic(),
                plan.since() == null ? "from the first retained record" : "from the first record at or after " + plan.since());
        for (Move move : plan.moves()) {
            String line;
            if (move.committed() == null) {
                line = "never committed: starts at its beginning anyway";
            } else if (move.moves()) {
                line = move.committed() + " -> " + move.target() + "  (" + move.again() + " offsets again; end " + move.end() + ")";
            } else {
                line = move.committed() + " stays (nothing " + (plan.since() == null ? "earlier" : "since then") + " already enriched)";
            }
            out.printf("  partition %2d  %s%n", move.partition(), line);
        }
        out.printf("  %d offsets to enrich again%n", plan.again());
    }
}
