package io.newsroom.bench.pipeline;

import io.newsroom.schemas.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private Connection connection;

    PipelineProgress(String bootstrapServers, String jdbcUrl, String user, String password) {
        this.admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers));
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
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
        try {
            if (connection == null || connection.isClosed()) {
                connection = DriverManager.getConnection(jdbcUrl, user, password);
            }
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM article")) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            closeConnection();
            return -1;
        }
    }

    private void closeConnection() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // gone already
        }
        connection = null;
    }

    @Override
    public void close() {
        closeConnection();
        admin.close(Duration.ofSeconds(5));
    }
}
