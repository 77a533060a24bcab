package io.newsroom.store.pipeline;

import io.newsroom.store.config.PipelineConfig;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What the broker knows about the pipeline, read with the Kafka admin client: each consumer group's state, members
 * and lag (broker-side, so a dead consumer shows as lag, which its own client metrics could not), and how many dead
 * letters each dead-letter topic holds and how many of them no re-drive has passed yet.
 *
 * <p>Lag and dead letters are in records a read_committed consumer reads ({@link UnreadRecords}): a topic written in
 * Kafka transactions (enrich-service writes its dead-letter topic so) also holds one commit marker per transaction and
 * partition, and counted in offsets a single letter read as two.
 */
@ApplicationScoped
public class KafkaStatus {

    /** A consumer group on its topic: state (STABLE, EMPTY, DEAD…), members, and offsets not yet consumed. */
    public record GroupLag(String group, String topic, String state, int members, long lag) {
    }

    /** A dead-letter topic: letters it holds, and letters after where the last re-drive stopped. */
    public record DeadLetters(String topic, long letters, long notRedriven) {
    }

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    PipelineConfig config;

    private Admin admin;

    private UnreadRecords unread;

    /**
     * The broker address and any security settings of the service's Kafka configuration, with the page's timeouts;
     * nothing else of it applies to the admin client and the lag reader.
     */
    private Map<String, Object> clientSettings() {
        Map<String, Object> settings = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (key.equals("bootstrap.servers") || key.startsWith("security.") || key.startsWith("sasl.") || key.startsWith("ssl.")) {
                settings.put(key, value);
            }
        });
        int timeout = (int) config.timeout().toMillis();
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeout);
        settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
        return settings;
    }

    private synchronized UnreadRecords unread() {
        if (unread == null) {
            unread = new UnreadRecords(clientSettings());
        }
        return unread;
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Map<String, Object> settings = clientSettings();
            settings.put(AdminClientConfig.CLIENT_ID_CONFIG, "store-service-pipeline-status");
            admin = Admin.create(settings);
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close();
        }
        if (unread != null) {
            unread.close();
        }
    }

    /** The number of brokers that answer; throws when none does within the timeout. */
    public int brokers() {
        return get(admin().describeCluster().nodes()).size();
    }

    public GroupLag lag(String group, String topic) {
        String state = "UNKNOWN";
        int members = 0;
        try {
            ConsumerGroupDescription description = get(admin().describeConsumerGroups(List.of(group)).describedGroups().get(group));
            state = description.groupState().toString();
            members = description.members().size();
        } catch (IllegalStateException e) {
            if (!(e.getCause() instanceof GroupIdNotFoundException)) {
                throw e;
            }
        }
        Map<TopicPartition, OffsetAndMetadata> committed = committed(group);
        Offsets offsets = offsets(topic);
        Map<TopicPartition, Long> from = new HashMap<>();
        for (TopicPartition partition : offsets.end().keySet()) {
            OffsetAndMetadata position = committed.get(partition);
            from.put(partition, position != null ? position.offset() : offsets.start().get(partition));
        }
        // Half the page's time for reading the gaps; the rest of the answer is already at hand.
        long lag;
        UnreadRecords reader = unread();
        synchronized (reader) {
            lag = reader.count(from, offsets.end(), config.timeout().dividedBy(2));
        }
        return new GroupLag(group, topic, state, members, lag);
    }

    public DeadLetters deadLetters(String topic, String redriveGroup) {
        Offsets offsets = offsets(topic);
        Map<TopicPartition, OffsetAndMetadata> redriven = committed(redriveGroup);
        Map<TopicPartition, Long> after = new HashMap<>();
        for (TopicPartition partition : offsets.end().keySet()) {
            long start = offsets.start().get(partition);
            OffsetAndMetadata position = redriven.get(partition);
            after.put(partition, Math.max(start, position != null ? position.offset() : start));
        }
        // In records, as lag is: a dead-letter topic is written in transactions, one commit marker per letter or batch.
        // One read from the start counts both: the letters not re-driven are those at or after the re-drive's position.
        UnreadRecords.Counts counts;
        UnreadRecords reader = unread();
        synchronized (reader) {
            counts = reader.count(offsets.start(), after, offsets.end(), config.timeout().dividedBy(2));
        }
        return new DeadLetters(topic, counts.fromStart(), counts.fromMark());
    }

    /** The group's committed offsets; none when the group has never committed (the broker does not know it). */
    private Map<TopicPartition, OffsetAndMetadata> committed(String group) {
        try {
            return get(admin().listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) {
                return Map.of();
            }
            throw e;
        }
    }

    /** First and end offsets (read_committed: an open transaction's records are not counted yet) of each partition. */
    private record Offsets(Map<TopicPartition, Long> start, Map<TopicPartition, Long> end) {
    }

    private Offsets offsets(String topic) {
        TopicDescription description;
        try {
            description = get(admin().describeTopics(List.of(topic)).topicNameValues().get(topic));
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return new Offsets(Map.of(), Map.of()); // not created yet: nothing in it
            }
            throw e;
        }
        Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        description.partitions().forEach(p -> {
            earliest.put(new TopicPartition(topic, p.partition()), OffsetSpec.earliest());
            latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest());
        });
        ListOffsetsOptions committedOnly = new ListOffsetsOptions(IsolationLevel.READ_COMMITTED);
        Map<TopicPartition, Long> start = new HashMap<>();
        Map<TopicPartition, Long> end = new HashMap<>();
        get(admin().listOffsets(earliest, committedOnly).all()).forEach((tp, info) -> start.put(tp, info.offset()));
        get(admin().listOffsets(latest, committedOnly).all()).forEach((tp, info) -> end.put(tp, info.offset()));
        return new Offsets(start, end);
    }

    /** The future's value within the timeout; its failure as an IllegalStateException with the Kafka error as cause. */
    private <T> T get(KafkaFuture<T> future) {
        try {
            return future.get(config.timeout().toMillis() + 500, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("no answer from the broker within " + config.timeout().toMillis() + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
