package io.newsroom.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.schemas.Topics;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Shared by the ingest tests: requests with a source's test key, and reading the real raw topic. */
final class TestSupport {

    static final ObjectMapper JSON = new ObjectMapper();

    private TestSupport() {
    }

    /** The test key of a source; application.properties holds only its SHA-256 under %test. */
    static String key(String source) {
        return "test-key-" + source;
    }

    static RequestSpecification as(String source) {
        return given().header("Authorization", "Bearer " + key(source));
    }

    /** Every record of the raw topic with this key, once at least {@code atLeast} arrived (reads from the start). */
    static List<ConsumerRecord<String, String>> records(KafkaCompanion kafka, String key, int atLeast) {
        try (ConsumerTask<String, String> task = kafka.consumeStrings().fromTopics(Topics.RAW)) {
            return await().atMost(Duration.ofSeconds(30)).until(
                    () -> task.getRecords().stream().filter(r -> key.equals(r.key())).toList(),
                    found -> found.size() >= atLeast);
        }
    }

    /** The records with this key, reading the topic up to its current end (to prove that no other one came). */
    static List<ConsumerRecord<String, String>> recordsNow(KafkaCompanion kafka, String key) {
        long end = endOffsets(kafka);
        try (ConsumerTask<String, String> task = kafka.consumeStrings().fromTopics(Topics.RAW)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> task.count() >= end);
            return task.getRecords().stream().filter(r -> key.equals(r.key())).toList();
        }
    }

    private static long endOffsets(KafkaCompanion kafka) {
        Map<TopicPartition, OffsetSpec> latest = kafka.topics().describe(Topics.RAW).get(Topics.RAW).partitions().stream()
                .collect(Collectors.toMap(p -> new TopicPartition(Topics.RAW, p.partition()), p -> OffsetSpec.latest()));
        return kafka.offsets().list(latest).values().stream().mapToLong(ListOffsetsResultInfo::offset).sum();
    }

    static JsonNode value(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
