package io.newsroom.store.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsroom.schemas.Topics;
import io.newsroom.support.metrics.ConsumerLag;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@value ConsumerLag#METRIC}{group, topic, partition} for the channel's consumers, the same gauge enrich-service
 * shows for its own (SmallRye's Kafka client metrics give only the maximum per consumer, not each partition). The
 * SmallRye consumers are asked for at every refresh: they are created with the channel and may be re-created.
 */
@ApplicationScoped
public class ConsumerLagGauges {

    /** How soon a rebalance shows: partitions gained get a gauge, partitions lost lose theirs. */
    private static final Duration REFRESH = Duration.ofSeconds(5);

    @Inject
    KafkaClientService clients;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "mp.messaging.incoming." + EnrichedArticleConsumer.INCOMING + ".group.id")
    String group;

    private ConsumerLag lag;

    void start(@Observes StartupEvent event) {
        lag = new ConsumerLag(registry, group, List.of(Topics.ENRICHED), this::consumerMetrics).start(REFRESH);
    }

    /** With concurrency=N the channel's consumers are channels of their own: enriched-articles-in$1 … $N. */
    private List<Map<MetricName, ? extends Metric>> consumerMetrics() {
        String channel = EnrichedArticleConsumer.INCOMING;
        return clients.getConsumerChannels().stream()
                .filter(name -> name.equals(channel) || name.startsWith(channel + "$"))
                .flatMap(name -> clients.<String, byte[]>getConsumers(name).stream())
                .<Map<MetricName, ? extends Metric>>map(consumer -> consumer.unwrap().metrics())
                .toList();
    }

    void stop(@Observes ShutdownEvent event) {
        if (lag != null) {
            lag.close();
        }
    }
}
