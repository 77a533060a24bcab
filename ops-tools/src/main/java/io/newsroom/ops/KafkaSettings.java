package io.newsroom.ops;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * How the tools reach the cluster: its bootstrap servers plus, for a secured cluster, a properties file of client
 * settings ({@code --command-config}, as Kafka's own tools take it). Every client the tools make is read-only on the
 * data (no consumer group, no commits) except the offset reset of {@code reenrich}.
 */
public final class KafkaSettings {

    private final Map<String, Object> common = new HashMap<>();

    public KafkaSettings(String bootstrapServers, Map<String, ?> extra) {
        common.putAll(extra);
        common.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    }

    public static KafkaSettings of(String bootstrapServers, Path commandConfig) {
        Map<String, Object> extra = new HashMap<>();
        if (commandConfig != null) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(commandConfig)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UsageException("cannot read " + commandConfig + ": " + e.getMessage());
            }
            properties.forEach((key, value) -> extra.put(key.toString(), value));
        }
        return new KafkaSettings(bootstrapServers, extra);
    }

    public Admin admin() {
        Map<String, Object> config = only(AdminClientConfig.configNames());
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "newsroom-ops-tools");
        config.putIfAbsent(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000);
        config.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        return Admin.create(config);
    }

    /**
     * A consumer without a group, reading as the pipeline's readers do: read_committed, so records of aborted or
     * still open transactions are never shown or counted.
     */
    public KafkaConsumer<byte[], byte[]> reader() {
        Map<String, Object> config = only(ConsumerConfig.configNames());
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsroom-ops-tools");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private Map<String, Object> only(java.util.Set<String> names) {
        Map<String, Object> config = new HashMap<>();
        common.forEach((key, value) -> {
            if (names.contains(key)) {
                config.put(key, value);
            }
        });
        return config;
    }
}
