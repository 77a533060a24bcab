package io.newsroom.ingest.service;

import io.newsroom.ingest.problem.PublishFailedException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.newsroom.ingest.config.IngestConfig;
import io.newsroom.schemas.RawArticle;
import io.newsroom.schemas.Topics;
import io.quarkus.runtime.Startup;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Reads the raw topic, the only record of what was really published, into {@link PublishedArticles}: at start the
 * last {@code retry-window} of it (so a restarted or other instance knows what was written before), then every new
 * record, whoever wrote it. A record written although its producer timed out (the broker froze before it could
 * acknowledge) is found here, so the client's identical retry is answered "unchanged" instead of publishing it twice.
 * <p>
 * {@link #caughtUp()} is the read-your-writes barrier: it completes once everything in the topic at the moment of
 * the call has been read (one end-offset lookup serves every request waiting at that moment). Its own consumer,
 * assigned all partitions, no consumer group, nothing committed.
 */
@Startup
@ApplicationScoped
public class RawTopicFollower {

    private static final Logger LOG = Logger.getLogger(RawTopicFollower.class);
    private static final Duration IDLE_POLL = Duration.ofMillis(500);
    static final int FETCH_MAX_WAIT_MS = 20;

    @Inject
    PublishedArticles memory;

    @Inject
    IngestConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    private final ConcurrentLinkedQueue<CompletableFuture<Void>> waiting = new ConcurrentLinkedQueue<>();
    private volatile CompletableFuture<Void> loaded;
    private volatile Consumer<String, byte[]> consumer;
    private volatile boolean running;
    /** In an idle poll: only then does a new waiter wake the consumer, never in the middle of a catch-up. */
    private volatile boolean idle;
    private Thread thread;
    private ObjectReader reader;
    /**
     * Times the waits out. Not CompletableFuture.orTimeout: its JVM-wide timer thread keeps the class loader of whoever
     * started it first, and the answer built after a timeout (on a worker that thread may create) then cannot read
     * this application's configuration (seen in tests that start several applications in one JVM).
     */
    private ScheduledExecutorService timer;

    @PostConstruct
    synchronized void start() {
        reader = json.readerFor(RawArticle.class);
        loaded = new CompletableFuture<>();
        consumer = new KafkaConsumer<>(consumerConfig(kafkaConfig, config.followerFetchMinBytes()), new StringDeserializer(), new ByteArrayDeserializer());
        running = true;
        ClassLoader application = Thread.currentThread().getContextClassLoader();
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread t = new Thread(task, "raw-topic-follower-timer");
            t.setDaemon(true);
            t.setContextClassLoader(application);
            return t;
        });
        thread = new Thread(this::follow, "raw-topic-follower");
        thread.setDaemon(true);
        thread.start();
    }

    @PreDestroy
    synchronized void stop() {
        running = false;
        consumer.wakeup();   // stop() always wakes it
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        timer.shutdownNow();
    }

    /** What a fresh instance does: forget everything and read the window again (tests use it as a restart). */
    synchronized void restart() {
        stop();
        memory.clear();
        start();
    }

    /**
     * Completes once the window was read after start (until then, what was published before is not known yet);
     * fails after half the publish timeout.
     */
    public CompletableFuture<Void> loaded() {
        CompletableFuture<Void> now = loaded;
        return now.isDone() ? now : within(now.copy());
    }

    /** For readiness: the window has been read. */
    public boolean isLoaded() {
        return loaded.isDone();
    }

    /** Completes once everything in the raw topic now has been read; fails after half the publish timeout. */
    public CompletableFuture<Void> caughtUp() {
        CompletableFuture<Void> barrier = new CompletableFuture<>();
        waiting.add(barrier);
        if (idle) {
            // Out of an idle poll at once. Not during a catch-up: a steady stream of waiters would restart it forever.
            consumer.wakeup();
        }
        return within(barrier);
    }

    private CompletableFuture<Void> within(CompletableFuture<Void> wait) {
        timer.schedule(() -> wait.completeExceptionally(new java.util.concurrent.TimeoutException()),
                barrierTimeout().toMillis(), TimeUnit.MILLISECONDS);
        return wait;
    }

    Duration barrierTimeout() {
        return ArticlePublisher.half(config.publishTimeout());
    }

    private void follow() {
        List<TopicPartition> partitions = null;
        boolean warned = false;
        try (Consumer<String, byte[]> kafka = consumer) {
            while (running) {
                List<CompletableFuture<Void>> now = new ArrayList<>();
                try {
                    if (partitions == null) {
                        partitions = assign(kafka);
                        if (partitions == null) {
                            continue;   // not created yet (TopicInitializer): waiters time out as not written
                        }
                    }
                    if (!waiting.isEmpty() || !loaded.isDone()) {
                        for (CompletableFuture<Void> w; (w = waiting.poll()) != null; ) {
                            now.add(w);
                        }
                        catchUp(kafka, partitions);
                        now.forEach(w -> w.complete(null));
                        loaded.complete(null);
                    } else {
                        idle = true;
                        if (waiting.isEmpty()) {   // checked after idle is set: a waiter added now wakes the poll
                            read(kafka, IDLE_POLL);
                        }
                        idle = false;
                    }
                    warned = false;
                } catch (WakeupException e) {
                    idle = false;
                    waiting.addAll(now);   // a new waiter, or stop(): the loop decides
                } catch (KafkaException e) {
                    idle = false;
                    if (!warned) {
                        LOG.warnf("Cannot read %s (broker unavailable?): %s; retrying", Topics.RAW, e.getMessage());
                        warned = true;
                    }
                    PublishFailedException failure = new PublishFailedException("the broker did not answer: " + e.getMessage(), e, true);
                    now.forEach(w -> w.completeExceptionally(failure));
                    failWaiting(failure);
                }
            }
        } catch (RuntimeException e) {
            LOG.error("The raw topic follower stopped", e);
        }
    }

    private void failWaiting(PublishFailedException failure) {
        for (CompletableFuture<Void> w; (w = waiting.poll()) != null; ) {
            w.completeExceptionally(failure);
        }
    }

    /** Assigns every partition, positioned at the start of the window; null while the topic does not exist. */
    private List<TopicPartition> assign(Consumer<String, byte[]> kafka) {
        List<PartitionInfo> infos = kafka.partitionsFor(Topics.RAW, barrierTimeout());
        if (infos == null || infos.isEmpty()) {
            sleep();
            return null;
        }
        List<TopicPartition> partitions = infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        kafka.assign(partitions);
        long since = clock.instant().minus(config.retryWindow()).toEpochMilli();
        Map<TopicPartition, Long> times = new HashMap<>();
        partitions.forEach(p -> times.put(p, since));
        Map<TopicPartition, OffsetAndTimestamp> offsets = kafka.offsetsForTimes(times, barrierTimeout());
        List<TopicPartition> nothingInWindow = new ArrayList<>();
        for (TopicPartition p : partitions) {
            OffsetAndTimestamp at = offsets.get(p);
            if (at == null) {
                nothingInWindow.add(p);
            } else {
                kafka.seek(p, at.offset());
            }
        }
        if (!nothingInWindow.isEmpty()) {   // an empty list would move every partition to its end
            kafka.seekToEnd(nothingInWindow);
        }
        return partitions;
    }

    /** Reads until every partition's position has reached its end offset of now. */
    private void catchUp(Consumer<String, byte[]> kafka, List<TopicPartition> partitions) {
        Map<TopicPartition, Long> end = kafka.endOffsets(partitions, barrierTimeout());
        long deadline = System.nanoTime() + barrierTimeout().toNanos();
        while (!reached(kafka, end)) {
            if (System.nanoTime() > deadline) {
                throw new org.apache.kafka.common.errors.TimeoutException("the raw topic could not be read to its end in time");
            }
            read(kafka, Duration.ofMillis(100));
        }
    }

    private static boolean reached(Consumer<String, byte[]> kafka, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (kafka.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    private void read(Consumer<String, byte[]> kafka, Duration timeout) {
        for (ConsumerRecord<String, byte[]> record : kafka.poll(timeout)) {
            String id = record.key();
            if (id == null || record.value() == null || memory.knows(id, version(record))) {
                continue;   // this version is remembered already (or older than every one a full history keeps)
            }
            try {
                RawArticle article = reader.readValue(record.value());
                if (id.equals(article.id())) {
                    memory.remember(article);
                }
            } catch (java.io.IOException | RuntimeException e) {
                // Not a raw event ingest could have written: enrich-service dead-letters it; nothing to remember.
            }
        }
    }

    private static int version(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader("article-version");
        try {
            return header == null ? Integer.MAX_VALUE : Integer.parseInt(new String(header.value(), StandardCharsets.UTF_8));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    static Map<String, Object> consumerConfig(Map<String, Object> kafkaConfig, int fetchMinBytes) {
        Map<String, Object> config = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (ConsumerConfig.configNames().contains(key)) {
                config.put(key, value);
            }
        });
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "ingest-service-follower");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // The read-your-writes barrier waits for a fetch: with the default 500 ms the broker parks the follower's fetch
        // that long when nothing is new, and a wakeup does not recall it, so every article without a version waited
        // ~0.5 s for the record published just before it (measured 0.50 s per POST; 0.03-0.05 s at 10 ms). 20 ms costs an
        // idle instance about 50 small fetches a second.
        config.putIfAbsent(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, FETCH_MAX_WAIT_MS);
        // Its own setting (IngestConfig.followerFetchMinBytes): grouping trades at most one fetch wait of latency.
        config.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, fetchMinBytes);
        return config;
    }

    private void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
