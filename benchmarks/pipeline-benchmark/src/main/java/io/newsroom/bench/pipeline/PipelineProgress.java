package io.newsroom.bench.pipeline;

import io.newsroom.bench.store.ArticleRows;
import io.newsroom.schemas.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * How far the pipeline has come, asked of the broker and the database, never of the services: records on the raw
 * topic, raw records enrich-service has committed (it commits its offsets in the same transaction as its output, so
 * a committed offset means the enriched record is there for read_committed readers), and rows in the article table.
 */
final class PipelineProgress implements AutoCloseable {

    static final String ENRICH_GROUP = "enrich-service";

    private final Admin admin;
    private final ArticleRows rows;

    PipelineProgress(String bootstrapServers, String jdbcUrl, String user, String password) {
        this.admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers));
        this.rows = new ArticleRows(jdbcUrl, user, password);
    }

    /** Records on the raw topic (ingest's producer is not transactional: no control records among them). */
    long rawRecords() throws Exception {
        Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(IntStream.range(0, Topics.DEFAULT_PARTITIONS)
                        .mapToObj(p -> new TopicPartition(Topics.RAW, p))
                        .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest())))
                .all().get(10, TimeUnit.SECONDS);
        return ends.values().stream().mapToLong(ListOffsetsResultInfo::offset).sum();
    }

    /** Raw records enrich-service has enriched (or dead-lettered) and committed, over all partitions. */
    long enriched() throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(ENRICH_GROUP)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        return committed.entrySet().stream().filter(e -> e.getKey().topic().equals(Topics.RAW) && e.getValue() != null)
                .mapToLong(e -> e.getValue().offset()).sum();
    }

    /** Rows of the article table; -1 until store-service's Flyway has created it. */
    long stored() {
        return rows.count();
    }

    @Override
    public void close() {
        rows.close();
        admin.close(Duration.ofSeconds(5));
    }
}
