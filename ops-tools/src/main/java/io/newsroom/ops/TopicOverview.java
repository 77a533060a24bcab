package io.newsroom.ops;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;

/**
 * {@code topics}: every topic (internal ones aside) with its partitions, first and end offsets, retention, and the lag
 * of each consumer group that committed offsets on it. Lag is committed records not yet consumed, counted by reading
 * them ({@link CommittedRecords}), so transaction markers are not lag; a group without a commit on a partition of a
 * topic it reads is behind by the whole partition.
 */
final class TopicOverview {

    record GroupLag(String group, String state, int members, CommittedRecords.Count lag) {
    }

    /** Offsets per partition; end offsets are the last stable offsets (what a read_committed reader can reach). */
    record TopicInfo(String name, Map<Integer, Long> start, Map<Integer, Long> end, String retentionMs,
                     String retentionBytes, String cleanupPolicy, List<GroupLag> groups) {

        int partitions() {
            return end.size();
        }
    }

    private final KafkaSettings kafka;
    private final Duration countBudget;

    TopicOverview(KafkaSettings kafka, Duration countBudget) {
        this.kafka = kafka;
        this.countBudget = countBudget;
    }

    List<TopicInfo> read() {
        try (Admin admin = kafka.admin()) {
            List<String> names = admin.listTopics().names().get().stream().sorted().toList();
            Map<String, TopicDescription> descriptions = admin.describeTopics(names).allTopicNames().get();
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            descriptions.values().forEach(d -> d.partitions().forEach(p -> {
                TopicPartition tp = new TopicPartition(d.name(), p.partition());
                earliest.put(tp, OffsetSpec.earliest());
                latest.put(tp, OffsetSpec.latest());
            }));
            ListOffsetsOptions committedOnly = new ListOffsetsOptions(IsolationLevel.READ_COMMITTED);
            Map<TopicPartition, Long> start = offsets(admin.listOffsets(earliest, committedOnly).all().get());
            Map<TopicPartition, Long> end = offsets(admin.listOffsets(latest, committedOnly).all().get());
            Map<String, Config> configs = configs(admin, names);
            Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = committedOffsets(admin);
            Map<String, ConsumerGroupDescription> groups = committed.isEmpty() ? Map.of()
                    : admin.describeConsumerGroups(committed.keySet()).all().get();

            List<TopicInfo> topics = new ArrayList<>();
            for (String name : names) {
                Map<Integer, Long> topicStart = new TreeMap<>();
                Map<Integer, Long> topicEnd = new TreeMap<>();
                descriptions.get(name).partitions().forEach(p -> {
                    topicStart.put(p.partition(), start.get(new TopicPartition(name, p.partition())));
                    topicEnd.put(p.partition(), end.get(new TopicPartition(name, p.partition())));
                });
                Config config = configs.get(name);
                topics.add(new TopicInfo(name, topicStart, topicEnd, value(config, TopicConfig.RETENTION_MS_CONFIG),
                        value(config, TopicConfig.RETENTION_BYTES_CONFIG), value(config, TopicConfig.CLEANUP_POLICY_CONFIG),
                        lags(name, topicStart, topicEnd, committed, groups)));
            }
            return topics;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the broker refused: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private List<GroupLag> lags(String topic, Map<Integer, Long> start, Map<Integer, Long> end,
                                Map<String, Map<TopicPartition, OffsetAndMetadata>> committed,
                                Map<String, ConsumerGroupDescription> groups) {
        List<GroupLag> lags = new ArrayList<>();
        for (var entry : new TreeMap<>(committed).entrySet()) {
            Map<TopicPartition, OffsetAndMetadata> offsets = entry.getValue();
            if (offsets.keySet().stream().noneMatch(tp -> tp.topic().equals(topic))) {
                continue;
            }
            Map<TopicPartition, Long> from = new HashMap<>();
            Map<TopicPartition, Long> to = new HashMap<>();
            end.forEach((partition, last) -> {
                TopicPartition tp = new TopicPartition(topic, partition);
                OffsetAndMetadata position = offsets.get(tp);
                from.put(tp, Math.max(start.get(partition), position != null ? position.offset() : 0L));
                to.put(tp, last);
            });
            CommittedRecords.Count lag = new CommittedRecords(kafka, countBudget).count(from, to).values().stream()
                    .reduce(CommittedRecords.Count.NONE, CommittedRecords.Count::plus);
            ConsumerGroupDescription description = groups.get(entry.getKey());
            lags.add(new GroupLag(entry.getKey(), description == null ? "UNKNOWN" : description.groupState().toString(),
                    description == null ? 0 : description.members().size(), lag));
        }
        return lags;
    }

    /** Every consumer group's committed offsets, those with a commit only (also groups that only commit, like re-drive's). */
    private static Map<String, Map<TopicPartition, OffsetAndMetadata>> committedOffsets(Admin admin)
            throws ExecutionException, InterruptedException {
        Collection<GroupListing> listings = admin.listGroups(ListGroupsOptions.forConsumerGroups()).all().get();
        Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = new HashMap<>();
        for (GroupListing listing : listings) {
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            admin.listConsumerGroupOffsets(listing.groupId()).partitionsToOffsetAndMetadata().get()
                    .forEach((tp, offset) -> {
                        if (offset != null) {
                            offsets.put(tp, offset);
                        }
                    });
            if (!offsets.isEmpty()) {
                committed.put(listing.groupId(), offsets);
            }
        }
        return committed;
    }

    private static Map<String, Config> configs(Admin admin, List<String> names) throws ExecutionException, InterruptedException {
        List<ConfigResource> resources = names.stream().map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n)).toList();
        Map<String, Config> configs = new HashMap<>();
        admin.describeConfigs(resources).all().get().forEach((resource, config) -> configs.put(resource.name(), config));
        return configs;
    }

    private static Map<TopicPartition, Long> offsets(Map<TopicPartition, org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo> infos) {
        Map<TopicPartition, Long> offsets = new HashMap<>();
        infos.forEach((tp, info) -> offsets.put(tp, info.offset()));
        return offsets;
    }

    private static String value(Config config, String name) {
        return config == null || config.get(name) == null ? null : config.get(name).value();
    }

    void print(List<TopicInfo> topics, PrintStream out) {
        if (topics.isEmpty()) {
            out.println("No topics yet (the services create theirs at start-up).");
        }
        for (TopicInfo topic : topics) {
            long records = 0;
            for (var e : topic.end().entrySet()) {
                records += e.getValue() - topic.start().get(e.getKey());
            }
            out.printf("%s  %d partition(s)  retention %s  cleanup %s  offsets held %d%n", topic.name(), topic.partitions(),
                    Durations.retention(topic.retentionMs(), topic.retentionBytes()), topic.cleanupPolicy(), records);
            StringBuilder ends = new StringBuilder();
            topic.end().forEach((partition, end) -> ends.append(' ').append(partition).append('=')
                    .append(topic.start().get(partition) == 0 ? "" : topic.start().get(partition) + "..").append(end));
            out.println("  end offsets:" + ends);
            for (GroupLag group : topic.groups()) {
                out.printf("  group %-28s %-18s %d member(s)  lag %s%s%n", group.group(), group.state(), group.members(),
                        group.lag().exact() ? "" : "~", group.lag().records());
            }
        }
    }
}
