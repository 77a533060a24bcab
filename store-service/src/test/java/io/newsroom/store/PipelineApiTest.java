package io.newsroom.store;

import com.sun.net.httpserver.HttpServer;
import io.newsroom.infra.FreePort;
import io.newsroom.infra.quarkus.KafkaCompanionTest;
import io.newsroom.infra.quarkus.KafkaResource;
import io.newsroom.infra.quarkus.PostgresResource;
import io.newsroom.schemas.Topics;
import io.newsroom.store.pipeline.KafkaStatus;
import io.newsroom.store.pipeline.ServiceHealth;
import io.newsroom.store.pipeline.ServiceHealth.Health;
import io.newsroom.store.pipeline.ServiceHealth.Status;
import io.newsroom.store.write.ArticleUpsert;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.newsroom.store.EnrichedEvents.builder;
import static io.newsroom.store.EnrichedEvents.uniqueId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.startsWith;

/**
 * The desk's Pipeline page data ({@code GET /pipeline}) on the real broker and database: consumer lag and dead letters
 * as the broker counts them, the store's own write rate and readiness, and the other services' health as their own
 * readiness answers it (up, down with the failing check named, unreachable, not configured). Lag is what a
 * read_committed consumer still has to read: records of committed transactions, not their commit markers nor aborted
 * records.
 */
@QuarkusTest
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class PipelineApiTest extends KafkaCompanionTest {

    @Inject
    ArticleUpsert upsert;

    @Inject
    ServiceHealth health;

    @Inject
    KafkaStatus kafkaStatus;

    @Test
    void shouldCountOnlyCommittedRecordsAsLagNotTransactionMarkersOrAbortedRecords() throws Exception {
        String topic = "lag-" + UUID.randomUUID();
        kafka.topics().createAndWait(topic, 2);
        TopicPartition first = new TopicPartition(topic, 0);
        // Partition 0: records 0-1, marker 2; records 3-4, marker 5; aborted 6-7, marker 8; record 9, marker 10 (end 11).
        // Partition 1: record 0, marker 1 (end 2).
        try (KafkaProducer<String, String> producer = transactionalProducer()) {
            producer.initTransactions();
            commit(producer, new ProducerRecord<>(topic, 0, "a", "1"), new ProducerRecord<>(topic, 0, "b", "2"));
            commit(producer, new ProducerRecord<>(topic, 0, "c", "3"), new ProducerRecord<>(topic, 0, "d", "4"));
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, 0, "e", "aborted"));
            producer.send(new ProducerRecord<>(topic, 0, "f", "aborted"));
            producer.flush();
            producer.abortTransaction();
            commit(producer, new ProducerRecord<>(topic, 0, "g", "5"), new ProducerRecord<>(topic, 1, "h", "6"));
        }

        assertThat(kafkaStatus.lag("never-consumed-" + topic, topic).lag()).as("every committed record waits").isEqualTo(6);

        // A consumer commits the offset after the last record it read: the commit marker's offset.
        String caughtUp = "caught-up-" + topic;
        commitOffsets(caughtUp, Map.of(first, 10L, new TopicPartition(topic, 1), 1L));
        assertThat(kafkaStatus.lag(caughtUp, topic).lag()).as("only commit markers left").isZero();

        String behind = "behind-" + topic;
        commitOffsets(behind, Map.of(first, 2L, new TopicPartition(topic, 1), 1L));
        assertThat(kafkaStatus.lag(behind, topic).lag()).as("records 3, 4 and 9 of partition 0").isEqualTo(3);
    }

    @Test
    void shouldCountDeadLettersWrittenInTransactionsAsLettersNotOffsets() throws Exception {
        String topic = "letters-" + UUID.randomUUID();
        kafka.topics().createAndWait(topic, 1);
        // Three letters, one per transaction as enrich-service writes them: offsets 0, 2, 4, markers 1, 3, 5 (end 6).
        try (KafkaProducer<String, String> producer = transactionalProducer()) {
            producer.initTransactions();
            for (String key : java.util.List.of("a", "b", "c")) {
                commit(producer, new ProducerRecord<>(topic, 0, key, "letter"));
            }
        }
        // The re-drive went past the first letter (and its marker).
        String redrive = "redrive-" + topic;
        commitOffsets(redrive, Map.of(new TopicPartition(topic, 0), 2L));

        KafkaStatus.DeadLetters letters = kafkaStatus.deadLetters(topic, redrive);

        assertThat(letters.letters()).as("letters, not offsets").isEqualTo(3);
        assertThat(letters.notRedriven()).isEqualTo(2);
    }

    @SafeVarargs
    private static void commit(KafkaProducer<String, String> producer, ProducerRecord<String, String>... records) {
        producer.beginTransaction();
        for (ProducerRecord<String, String> record : records) {
            producer.send(record);
        }
        producer.commitTransaction();
    }

    private static KafkaProducer<String, String> transactionalProducer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "lag-test-" + UUID.randomUUID()),
                new StringSerializer(), new StringSerializer());
    }

    private static void commitOffsets(String group, Map<TopicPartition, Long> offsets) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> committed = new java.util.HashMap<>();
            offsets.forEach((partition, offset) -> committed.put(partition, new OffsetAndMetadata(offset)));
            admin.alterConsumerGroupOffsets(group, committed).all().get();
        }
    }

    private static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    @Test
    void shouldCountLagOfAGroupThatConsumedNothingAndDeadLettersNotYetRedriven() {
        // The broker creates no topics by itself; enrich-service, which would create these, does not run here.
        for (String topic : java.util.List.of(Topics.RAW, Topics.ENRICH_DEAD_LETTER)) {
            if (!kafka.topics().list().contains(topic)) {
                kafka.topics().createAndWait(topic, 2);
            }
        }
        JsonPath before = pipeline();
        kafka.produceStrings().fromRecords(
                new ProducerRecord<>(Topics.RAW, "a", "{}"), new ProducerRecord<>(Topics.RAW, "b", "{}"),
                new ProducerRecord<>(Topics.RAW, "c", "{}"),
                new ProducerRecord<>(Topics.ENRICH_DEAD_LETTER, "d", "x"), new ProducerRecord<>(Topics.ENRICH_DEAD_LETTER, "e", "x"))
                .awaitCompletion(Duration.ofSeconds(30));

        JsonPath after = pipeline();
        assertThat(after.getString("kafka.status")).as(after.getString("kafka.detail")).isEqualTo("UP");
        assertThat(after.getInt("kafka.brokers")).isEqualTo(1);
        assertThat(enrichLag(after) - enrichLag(before)).as("no enrich-service runs here: all three wait").isEqualTo(3);
        assertThat(after.getString("consumers.find { it.group == 'store-service' }.topic")).isEqualTo(Topics.ENRICHED);
        assertThat(after.getInt("consumers.find { it.group == 'store-service' }.members")).isEqualTo(2);
        assertThat(letters(after, "letters") - letters(before, "letters")).isEqualTo(2);
        assertThat(letters(after, "notRedriven") - letters(before, "notRedriven")).isEqualTo(2);
    }

    @Test
    void shouldShowTheStoresRateAndReadinessAndServicesWithoutAUrlAsNotConfigured() {
        upsert.upsert(builder(uniqueId()).build());

        JsonPath status = pipeline();
        assertThat(status.getInt("store.lastMinute")).isPositive();
        assertThat(status.getInt("store.lastHour")).isGreaterThanOrEqualTo(status.getInt("store.lastMinute"));
        assertThat(status.getList("services.name")).containsExactly("ingest-service", "enrich-service", "store-service");
        assertThat(status.getList("services.status")).containsExactly("NOT_CONFIGURED", "NOT_CONFIGURED", "UP");
        given().queryParam("verbose", "true").get("/pipeline").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors.field", contains("verbose"));
    }

    @Test
    void shouldReportAServiceUpDownWithItsFailingCheckOrUnreachable() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String[] answer = {"200", "{\"status\":\"UP\",\"checks\":[]}"};
        server.createContext("/q/health/ready", exchange -> {
            byte[] body = answer[1].getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(Integer.parseInt(answer[0]), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
            assertThat(check(url).status()).isEqualTo(Status.UP);

            answer[0] = "503";
            answer[1] = "{\"status\":\"DOWN\",\"checks\":[{\"name\":\"kafka\",\"status\":\"DOWN\"},{\"name\":\"x\",\"status\":\"UP\"}]}";
            Health down = check(url);
            assertThat(down.status()).isEqualTo(Status.DOWN);
            assertThat(down.detail()).isEqualTo("HTTP 503: kafka down");
        } finally {
            server.stop(0);
        }
        Health unreachable = check(URI.create("http://127.0.0.1:" + FreePort.find()));
        assertThat(unreachable.status()).isEqualTo(Status.UNREACHABLE);
        assertThat(unreachable.detail()).contains("Connect");
    }

    private Health check(URI url) {
        return health.check("enrich-service", url, Duration.ofSeconds(2)).join();
    }

    private static JsonPath pipeline() {
        return given().get("/pipeline").then().statusCode(200).extract().jsonPath();
    }

    private static int enrichLag(JsonPath status) {
        return status.getInt("consumers.find { it.group == 'enrich-service' }.lag");
    }

    private static int letters(JsonPath status, String field) {
        return status.getInt("deadLetters.find { it.topic == '" + Topics.ENRICH_DEAD_LETTER + "' }." + field);
    }
}
