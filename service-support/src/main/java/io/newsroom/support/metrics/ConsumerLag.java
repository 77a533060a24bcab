package io.newsroom.support.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * {@value #METRIC}{group, topic, partition}: how many records each partition this instance reads is behind, one gauge
 * per assigned partition, with the same name in every consumer whatever its client (plain KafkaConsumer or SmallRye).
 * The value is the consumer's own {@code records-lag}: the partition's end (its last stable offset under
 * read_committed) minus the consumer's position, as of its last fetch. Partitions come and go with rebalances, so the
 * set of gauges is rebuilt from the consumers' metrics every few seconds; each value is read live at scrape time.
 * A consumer that died reports nothing: broker-side lag (kafka-exporter, KEDA) is what sees a dead group.
 * <p>
 * Kafka 4.1 reports each partition's lag twice: tagged with the topic's name, and (deprecated, for JMX) with its dots
 * made underscores, the latter even before the partition's first fetch. Both are mapped to the topic's real name, one
 * gauge each, the real name's metric preferred.
 */
public final class ConsumerLag implements AutoCloseable {

    public static final String METRIC = "newsroom.consumer.lag";
    private static final String RECORDS_LAG = "records-lag";
    private static final String FETCH_GROUP = "consumer-fetch-manager-metrics";

    private final MultiGauge gauge;
    private final String group;
    private final Collection<String> topics;
    private final Supplier<? extends Collection<? extends Map<MetricName, ? extends Metric>>> consumers;
    private ScheduledExecutorService refresher;

    /**
     * @param topics    the topics the consumers read (partitions of others are not reported)
     * @param consumers the {@code metrics()} of every consumer of {@code group} in this instance, asked at each refresh
     *                  (consumers may be created, replaced or closed in between)
     */
    public ConsumerLag(MeterRegistry registry, String group, Collection<String> topics,
                       Supplier<? extends Collection<? extends Map<MetricName, ? extends Metric>>> consumers) {
        // The name written out (it is METRIC): the deploy module's dashboard check finds meters by their literal names.
        this.gauge = MultiGauge.builder("newsroom.consumer.lag")
                .description("Records this instance's consumer is behind the end of each assigned partition")
                .register(registry);
        this.group = group;
        this.topics = List.copyOf(topics);
        this.consumers = consumers;
    }

    /** Refreshes now and then every {@code every} on a daemon thread, until {@link #close()}. */
    public ConsumerLag start(Duration every) {
        refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "consumer-lag-" + group);
            thread.setDaemon(true);
            return thread;
        });
        refresher.scheduleWithFixedDelay(this::refreshQuietly, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** One gauge per partition the consumers currently report a lag for; the others are removed. */
    public void refresh() {
        Map<Tags, Metric> partitions = new HashMap<>();
        for (Map<MetricName, ? extends Metric> metrics : consumers.get()) {
            metrics.forEach((name, metric) -> {
                Map<String, String> tags = name.tags();
                if (RECORDS_LAG.equals(name.name()) && FETCH_GROUP.equals(name.group()) && tags.containsKey("partition")) {
                    String tagged = tags.get("topic");
                    for (String topic : topics) {
                        if (topic.equals(tagged) || topic.replace('.', '_').equals(tagged)) {
                            Tags key = Tags.of("group", group, "topic", topic, "partition", tags.get("partition"));
                            if (topic.equals(tagged) || !partitions.containsKey(key)) {
                                partitions.put(key, metric);
                            }
                        }
                    }
                }
            });
        }
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        partitions.forEach((tags, metric) -> rows.add(MultiGauge.Row.of(tags, metric, ConsumerLag::value)));
        gauge.register(rows, true);
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // A consumer closed while being read: the next refresh sees the new set. Never let the schedule die.
            System.getLogger(ConsumerLag.class.getName()).log(System.Logger.Level.DEBUG, "Lag refresh failed", e);
        }
    }

    private static double value(Metric metric) {
        return metric.metricValue() instanceof Number number ? number.doubleValue() : Double.NaN;
    }

    @Override
    public void close() {
        if (refresher != null) {
            refresher.shutdownNow();
        }
        gauge.register(List.of(), true);
    }
}
