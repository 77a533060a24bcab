package io.newsroom.bench.store;

import io.newsroom.bench.store.Sample.GroupView;
import io.newsroom.bench.store.Sample.HealthProbe;
import io.newsroom.bench.support.ServiceProcess;
import io.newsroom.schemas.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Takes one {@link Sample} of the running pipeline: both health probes of each service, the two consumer groups
 * (members and their assignments, from the group coordinator via the Admin client), enrich-service's committed
 * offsets, the enriched topic's end offsets, and {@code SELECT count(*) FROM article}. Every question has a bounded
 * wait, so a sample takes at most a few seconds even when something hangs.
 */
final class PipelineMonitor implements AutoCloseable {

    static final String ENRICH_GROUP = "enrich-service";
    static final String STORE_GROUP = "store-service";
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);
    private static final long ADMIN_TIMEOUT_SECONDS = 5;

    private final Admin admin;
    private final List<ServiceProcess> services;
    private final ArticleRows rows;
    private final List<TopicPartition> enrichedPartitions;

    PipelineMonitor(String bootstrapServers, List<ServiceProcess> services, String jdbcUrl, String user, String password) {
        this.admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers));
        this.services = services;
        this.rows = new ArticleRows(jdbcUrl, user, password);
        this.enrichedPartitions = IntStream.range(0, Topics.DEFAULT_PARTITIONS)
                .mapToObj(p -> new TopicPartition(Topics.ENRICHED, p)).toList();
    }

    Sample sample(double seconds, double load1) throws InterruptedException {
        List<HealthProbe> probes = new ArrayList<>();
        for (ServiceProcess service : services) {
            for (String path : List.of("/q/health/live", "/q/health/ready")) {
                ServiceProcess.Answer a = service.probe(path, PROBE_TIMEOUT);
                probes.add(new HealthProbe(service.name(), path, a.status(), a.body(), a.seconds()));
            }
        }
        Map<String, GroupView> groups = groups();
        long countStart = System.nanoTime();
        long stored = count();
        double countSeconds = (System.nanoTime() - countStart) / 1e9;
        return new Sample(seconds, probes, groups.get(ENRICH_GROUP), groups.get(STORE_GROUP), rawCommitted(),
                enrichedEnd(), stored, countSeconds, load1);
    }

    private Map<String, GroupView> groups() throws InterruptedException {
        try {
            Map<String, ConsumerGroupDescription> described = admin.describeConsumerGroups(List.of(ENRICH_GROUP, STORE_GROUP))
                    .all().get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return described.values().stream().collect(Collectors.toMap(ConsumerGroupDescription::groupId, d -> new GroupView(
                    d.groupId(), d.groupState().name(), d.members().size(),
                    d.members().stream().mapToInt(m -> m.assignment().topicPartitions().size()).sum(),
                    d.members().stream().map(MemberDescription::consumerId).collect(Collectors.toSet()))));
        } catch (ExecutionException | TimeoutException e) {
            return Map.of(ENRICH_GROUP, GroupView.absent(ENRICH_GROUP), STORE_GROUP, GroupView.absent(STORE_GROUP));
        }
    }

    private long rawCommitted() throws InterruptedException {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(ENRICH_GROUP)
                    .partitionsToOffsetAndMetadata().get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return committed.entrySet().stream().filter(e -> e.getKey().topic().equals(Topics.RAW) && e.getValue() != null)
                    .mapToLong(e -> e.getValue().offset()).sum();
        } catch (ExecutionException | TimeoutException e) {
            return -1;
        }
    }

    private long enrichedEnd() throws InterruptedException {
        try {
            Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(enrichedPartitions.stream()
                            .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest())))
                    .all().get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return ends.values().stream().mapToLong(ListOffsetsResultInfo::offset).sum();
        } catch (ExecutionException | TimeoutException e) {
            return -1;
        }
    }

    /** -1 while store-service's Flyway has not created the table yet, or the database does not answer. */
    long count() {
        return rows.count();
    }

    @Override
    public void close() {
        rows.close();
        admin.close(Duration.ofSeconds(5));
    }
}
