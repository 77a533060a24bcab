package io.newsroom.faults;

import io.newsroom.schemas.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.ToLongFunction;

/**
 * Samples every 500 ms how far each stage got: articles accepted by ingest (the client's count), records on the
 * enriched topic (broker end offsets), rows in the store (a count over JDBC), and the consumer lag of enrich-service
 * and store-service (broker-side: end offsets minus committed offsets). A figure that cannot be read during an
 * outage is -1.
 */
final class ProgressMonitor implements AutoCloseable {

    static final String ENRICH_GROUP = "enrich-service";
    static final String STORE_GROUP = "store-service";

    record Sample(long atMillis, long accepted, long enriched, long stored, long enrichLag, long storeLag) {
    }

    private final List<Sample> samples = new CopyOnWriteArrayList<>();
    private final Admin admin;
    private final String jdbcUrl;
    private final IntSupplier accepted;
    private final Thread thread;
    private volatile boolean running = true;

    ProgressMonitor(String bootstrapServers, String jdbcUrl, IntSupplier accepted) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2_000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 1_500));
        this.jdbcUrl = jdbcUrl;
        this.accepted = accepted;
        this.thread = new Thread(this::run, "progress");
        thread.setDaemon(true);
        thread.start();
    }

    List<Sample> samples() {
        return List.copyOf(samples);
    }

    Sample latest() {
        return samples.isEmpty() ? new Sample(System.currentTimeMillis(), 0, -1, -1, -1, -1) : samples.get(samples.size() - 1);
    }

    /**
     * Longest time within [from, to) in which a stage's figure did not grow: how long consumption (or acceptance)
     * stood still around a fault. Unreadable samples count as no growth.
     */
    double longestStallSeconds(long fromMillis, long toMillis, ToLongFunction<Sample> figure) {
        long highest = samples.stream().filter(x -> x.atMillis() < fromMillis)
                .mapToLong(figure).max().orElse(-1);
        long lastGrowth = fromMillis;
        long lastSeen = fromMillis;
        long longest = 0;
        for (Sample sample : samples) {
            if (sample.atMillis() < fromMillis || sample.atMillis() >= toMillis) {
                continue;
            }
            lastSeen = sample.atMillis();
            long value = figure.applyAsLong(sample);
            if (value > highest) {
                longest = Math.max(longest, sample.atMillis() - lastGrowth);
                lastGrowth = sample.atMillis();
                highest = value;
            }
        }
        return Math.max(longest, lastSeen - lastGrowth) / 1000.0;
    }

    /** First time at or after {@code fromMillis} when the store held at least {@code rows} rows, or -1. */
    long firstTimeStoredAtLeast(long fromMillis, long rows) {
        for (Sample sample : samples) {
            if (sample.atMillis() >= fromMillis && sample.stored() >= rows) {
                return sample.atMillis();
            }
        }
        return -1;
    }

    private void run() {
        Connection connection = null;
        while (running) {
            long started = System.currentTimeMillis();
            long stored;
            try {
                if (connection == null || connection.isClosed()) {
                    connection = connect();
                }
                stored = count(connection);
            } catch (Exception e) {
                closeQuietly(connection);
                connection = null;
                stored = -1;
            }
            samples.add(new Sample(started, accepted.getAsInt(), endOffsets(Topics.ENRICHED),
                    stored, lag(ENRICH_GROUP, Topics.RAW), lag(STORE_GROUP, Topics.ENRICHED)));
            long rest = 500 - (System.currentTimeMillis() - started);
            if (rest > 0) {
                try {
                    Thread.sleep(rest);
                } catch (InterruptedException e) {
                    break;
                }
            }
        }
        closeQuietly(connection);
    }

    private Connection connect() throws java.sql.SQLException {
        Properties props = new Properties();
        props.setProperty("user", "postgres");
        props.setProperty("password", "postgres");
        props.setProperty("connectTimeout", "2");
        props.setProperty("socketTimeout", "3");
        return DriverManager.getConnection(jdbcUrl, props);
    }

    private static long count(Connection connection) throws java.sql.SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM article")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long endOffsets(String topic) {
        Map<TopicPartition, Long> ends = latestOffsets(topic);
        return ends == null ? -1 : ends.values().stream().mapToLong(Long::longValue).sum();
    }

    private long lag(String group, String topic) {
        try {
            Map<TopicPartition, Long> ends = latestOffsets(topic);
            if (ends == null) {
                return -1;
            }
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(2, TimeUnit.SECONDS);
            long lag = 0;
            for (var end : ends.entrySet()) {
                OffsetAndMetadata offset = committed.get(end.getKey());
                lag += end.getValue() - (offset == null ? 0 : offset.offset());
            }
            return lag;
        } catch (Exception e) {
            return -1;
        }
    }

    private Map<TopicPartition, Long> latestOffsets(String topic) {
        try {
            var description = admin.describeTopics(List.of(topic)).allTopicNames().get(2, TimeUnit.SECONDS).get(topic);
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            description.partitions().forEach(p -> request.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(request).all().get(2, TimeUnit.SECONDS).forEach((tp, info) -> ends.put(tp, info.offset()));
            return ends;
        } catch (Exception e) {
            return null;
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (Exception ignored) {
            // already broken
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(10_000);
        admin.close(java.time.Duration.ofSeconds(2));
    }
}
