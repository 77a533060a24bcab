package io.newsroom.enrich.processor;

import io.newsroom.enrich.config.EnrichConsumerConfig;
import io.newsroom.schemas.StorageContract;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The clients of loop number {@code n} of this instance. Both carry an id derived from the instance id, stable across
 * a restart of the same instance and unique per loop: {@code <instance-id>-<n>} is the consumer's
 * {@code group.instance.id} (static membership: a restarted loop takes its partitions back without waiting for the
 * dead one's session to expire) and the producer's {@code transactional.id} (a restarted loop aborts the transaction
 * its predecessor left open and fences it, should it still be alive). Two instances with the same instance id fence
 * each other: give each its own (NEWSROOM_INSTANCE_ID; the default includes the HTTP port).
 */
public final class TransactionalClients {

    public static final String GROUP = "enrich-service";

    private final Map<String, Object> kafkaConfig;
    private final EnrichConsumerConfig config;
    private final String instanceId;

    /** @param kafkaConfig the service's {@code kafka.*} client settings (bootstrap servers, security, overrides) */
    public TransactionalClients(Map<String, Object> kafkaConfig, EnrichConsumerConfig config, String instanceId) {
        this.kafkaConfig = kafkaConfig;
        this.config = config;
        this.instanceId = instanceId;
    }

    /** {@code <instance-id>-<n>}: group.instance.id, transactional.id and client.id of loop {@code n}. */
    public String id(int n) {
        return instanceId + "-" + n;
    }

    public Map<String, Object> consumerConfig(int n) {
        Map<String, Object> c = passThrough(ConsumerConfig.configNames());
        c.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
        c.put(ConsumerConfig.CLIENT_ID_CONFIG, id(n));
        c.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, id(n));
        c.putIfAbsent(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) config.sessionTimeout().toMillis());
        c.putIfAbsent(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, (int) Math.max(config.sessionTimeout().toMillis() / 3, 500));
        // Offsets go into the producer's transactions; records of aborted transactions (ingest never writes any, but a
        // re-drive or another writer might) are never enriched.
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // Never a silent reset: with "earliest", a position the broker does not have (records deleted by retention, a
        // broker back with fewer records) would send the loop back to offset 0 without a word. The loop decides instead
        // (EnrichmentLoop#reposition): the beginning only for a partition nobody ever committed, else the nearest end.
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "none");
        c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.maxPollRecords());
        // A few articles per poll and so per transaction; an explicit kafka.fetch.* setting still wins.
        c.putIfAbsent(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, config.fetchMinBytes());
        c.putIfAbsent(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, (int) config.fetchMaxWait().toMillis());
        // A topic created after the consumer started is found within seconds, not the default five minutes.
        c.putIfAbsent(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 10_000);
        return c;
    }

    public Map<String, Object> producerConfig(int n) {
        Map<String, Object> p = passThrough(ProducerConfig.configNames());
        p.put(ProducerConfig.CLIENT_ID_CONFIG, id(n));
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, id(n));
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, (int) config.transactionTimeout().toMillis());
        // Dead letters are copies of raw records with headers added: the contract's record limit, not less.
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, StorageContract.MAX_RECORD_BYTES);
        p.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        // Bounds how long a send or initTransactions waits for an absent broker before the loop backs off and retries.
        p.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        return p;
    }

    public Consumer<String, byte[]> consumer(int n) {
        return new KafkaConsumer<>(consumerConfig(n), new StringDeserializer(), new ByteArrayDeserializer());
    }

    public Producer<String, byte[]> producer(int n) {
        return new KafkaProducer<>(producerConfig(n), new StringSerializer(), new ByteArraySerializer());
    }

    private Map<String, Object> passThrough(Set<String> known) {
        Map<String, Object> config = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (known.contains(key)) {
                config.put(key, value);
            }
        });
        return config;
    }
}
