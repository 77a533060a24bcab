package io.newsroom.enrich.processor;

import io.newsroom.enrich.config.EnrichConsumerConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts {@code newsroom.enrich.consumers} {@link EnrichmentLoop}s, each on its own thread with its own partitions of
 * news.articles.raw.v1 (order per article id holds: a partition is only ever read by one loop), and stops them on
 * shutdown, each finishing its current transaction.
 */
@ApplicationScoped
public class EnrichmentLoops {

    private static final Logger LOG = Logger.getLogger(EnrichmentLoops.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    @Inject
    EnrichConsumerConfig config;

    @Inject
    RecordEnricher enricher;

    @Inject
    EnrichMetrics metrics;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    /** Unique per running instance, the same after its restart: see {@link TransactionalClients}. */
    @ConfigProperty(name = "newsroom.instance-id")
    String instanceId;

    private final List<EnrichmentLoop> loops = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();

    void start(@Observes StartupEvent event) {
        TransactionalClients clients = new TransactionalClients(kafkaConfig, config, instanceId);
        for (int n = 1; n <= config.consumers(); n++) {
            EnrichmentLoop loop = new EnrichmentLoop(n, clients, enricher, metrics, config);
            Thread thread = new Thread(loop, "enrich-" + clients.id(n));
            loops.add(loop);
            threads.add(thread);
            thread.start();
        }
        LOG.infof("%d enrichment loops started, transactional ids %s-1..%d", config.consumers(), instanceId, config.consumers());
    }

    void stop(@Observes ShutdownEvent event) {
        loops.forEach(EnrichmentLoop::stop);
        for (Thread thread : threads) {
            try {
                thread.join(STOP_TIMEOUT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Every loop has joined the group and none is recovering from a failure. */
    public boolean ready() {
        return !loops.isEmpty() && loops.stream().allMatch(EnrichmentLoop::ready);
    }

    /** Every loop's thread runs (a loop never ends of a failure; only an Error could end it). */
    public boolean alive() {
        return !threads.isEmpty() && threads.stream().allMatch(Thread::isAlive);
    }
}
