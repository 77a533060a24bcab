package io.newsroom.enrich.processor;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsroom.enrich.config.EnrichConsumerConfig;
import io.newsroom.schemas.Topics;
import io.newsroom.support.metrics.ConsumerLag;
import io.newsroom.support.tracing.RecordTracing;
import io.opentelemetry.api.OpenTelemetry;
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
 * shutdown, each finishing its current transaction. Their consumers' lag per partition is the gauge
 * {@value ConsumerLag#METRIC}.
 */
@ApplicationScoped
public class EnrichmentLoops {

    private static final Logger LOG = Logger.getLogger(EnrichmentLoops.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    /** How soon a rebalance shows in the lag gauges: partitions gained get a gauge, partitions lost lose theirs. */
    private static final Duration LAG_REFRESH = Duration.ofSeconds(5);

    @Inject
    EnrichConsumerConfig config;

    @Inject
    RecordEnricher enricher;

    @Inject
    EnrichMetrics metrics;

    @Inject
    MeterRegistry registry;

    @Inject
    OpenTelemetry openTelemetry;

    @ConfigProperty(name = "quarkus.otel.sdk.disabled")
    boolean tracingOff;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    /** Unique per running instance, the same after its restart: see {@link TransactionalClients}. */
    @ConfigProperty(name = "newsroom.instance-id")
    String instanceId;

    private final List<EnrichmentLoop> loops = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private ConsumerLag lag;

    void start(@Observes StartupEvent event) {
        TransactionalClients clients = new TransactionalClients(kafkaConfig, config, instanceId);
        RecordTracing tracing = new RecordTracing(openTelemetry, !tracingOff, "enrich-service");
        for (int n = 1; n <= config.consumers(); n++) {
            EnrichmentLoop loop = new EnrichmentLoop(n, clients, enricher, metrics, config, tracing);
            Thread thread = new Thread(loop, "enrich-" + clients.id(n));
            loops.add(loop);
            threads.add(thread);
            thread.start();
        }
        lag = new ConsumerLag(registry, TransactionalClients.GROUP, List.of(Topics.RAW), () -> loops.stream()
                .map(EnrichmentLoop::consumerMetrics).filter(java.util.Objects::nonNull).toList()).start(LAG_REFRESH);
        LOG.infof("%d enrichment loops started, transactional ids %s-1..%d", config.consumers(), instanceId, config.consumers());
    }

    void stop(@Observes ShutdownEvent event) {
        if (lag != null) {
            lag.close();
        }
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
