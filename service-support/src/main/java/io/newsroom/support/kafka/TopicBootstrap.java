package io.newsroom.support.kafka;

import io.newsroom.schemas.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Creates the contract's topics when missing, with the configured partition count and the broker's default
 * replication. The raw topic keeps its records for {@code rawRetentionMs} (default forever: it is what
 * {@code ./newsroom reenrich} replays); the others take the broker's retention. Each service calls it at start-up for the topics it touches, so any start order works.
 * The topic names are the contract's ({@code Topics}); creating them is the services' business, so this lives here.
 */
public final class TopicBootstrap {

    private static final System.Logger LOG = System.getLogger(TopicBootstrap.class.getName());
    private static final Duration RETRY_DELAY = Duration.ofSeconds(5);
    /** {@code retention.ms} that keeps records for ever. */
    public static final long KEEP_FOREVER = -1;

    private TopicBootstrap() {
    }

    /**
     * Ensures the topics exist without holding up start-up: a broker that is down when a service starts must not
     * keep the service from starting (readiness reports it instead), so attempts repeat until one succeeds.
     *
     * @param kafkaConfig the service's Kafka client configuration; the admin client takes what applies to it
     */
    public static void ensureTopicsInBackground(Map<String, Object> kafkaConfig, String clientId,
                                                Collection<String> names, int partitions, long rawRetentionMs,
                                                Duration timeout) {
        Map<String, Object> admin = new java.util.HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (org.apache.kafka.clients.admin.AdminClientConfig.configNames().contains(key)) {
                admin.put(key, value);
            }
        });
        admin.put(org.apache.kafka.clients.admin.AdminClientConfig.CLIENT_ID_CONFIG, clientId);
        java.util.concurrent.ScheduledExecutorService executor = java.util.concurrent.Executors
                .newSingleThreadScheduledExecutor(r -> {
                    Thread thread = new Thread(r, clientId);
                    thread.setDaemon(true);
                    return thread;
                });
        executor.execute(new Runnable() {
            @Override
            public void run() {
                try {
                    java.util.List<String> created = ensureTopics(admin, names, partitions, rawRetentionMs, timeout);
                    LOG.log(System.Logger.Level.INFO, "Topics ready: {0} (created now: {1})", names, created);
                    executor.shutdown();
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "Cannot create topics yet, retrying in {0}: {1}",
                            RETRY_DELAY, e.getMessage());
                    executor.schedule(this, RETRY_DELAY.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
        });
    }

    /** {@link #ensureTopics(Map, Collection, int, long, Duration)} with the raw topic kept forever. */
    public static java.util.List<String> ensureTopics(Map<String, Object> adminConfig, Collection<String> names,
                                                      int partitions, Duration timeout) {
        return ensureTopics(adminConfig, names, partitions, KEEP_FOREVER, timeout);
    }

    /**
     * @param rawRetentionMs {@code retention.ms} of the raw topic if it is created now
     * @return the names that were created now (the others existed already)
     * @throws IllegalStateException when the broker cannot be reached within {@code timeout}
     */
    public static java.util.List<String> ensureTopics(Map<String, Object> adminConfig, Collection<String> names,
                                                      int partitions, long rawRetentionMs, Duration timeout) {
        try (Admin admin = Admin.create(adminConfig)) {
            java.util.List<String> created = new java.util.ArrayList<>();
            for (String name : names) {
                NewTopic topic = new NewTopic(name, Optional.of(partitions), Optional.empty());
                if (Topics.RAW.equals(name)) {
                    topic.configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, Long.toString(rawRetentionMs)));
                }
                try {
                    admin.createTopics(java.util.List.of(topic)).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                    created.add(name);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Could not create topic " + name + ": " + e.getCause(), e);
                    }
                }
            }
            if (names.contains(Topics.RAW) && !created.contains(Topics.RAW)) {
                warnIfRawRetentionDiffers(admin, rawRetentionMs, timeout);
            }
            return created;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer within " + timeout + " while creating topics", e);
        }
    }

    /** A raw topic made before retention was set here (or changed since) limits how far a re-enrichment reaches: said once at start. */
    private static void warnIfRawRetentionDiffers(Admin admin, long wanted, Duration timeout)
            throws InterruptedException, TimeoutException {
        ConfigResource raw = new ConfigResource(ConfigResource.Type.TOPIC, Topics.RAW);
        try {
            Config config = admin.describeConfigs(java.util.List.of(raw)).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS).get(raw);
            String actual = config.get(TopicConfig.RETENTION_MS_CONFIG) == null ? null : config.get(TopicConfig.RETENTION_MS_CONFIG).value();
            if (actual != null && !actual.equals(Long.toString(wanted))) {
                LOG.log(System.Logger.Level.WARNING, "{0} exists with retention.ms={1}, not {2}: a re-enrichment can only replay"
                        + " what it still holds (docs/operations.md, \"Replay and topic tools\", says how to change it)",
                        Topics.RAW, actual, Long.toString(wanted));
            }
        } catch (ExecutionException e) {
            LOG.log(System.Logger.Level.DEBUG, "Cannot read the retention of " + Topics.RAW, e);
        }
    }
}
