package io.newsroom.ingest.service;

import io.newsroom.infra.quarkus.KafkaCompanionTest;
import io.newsroom.infra.quarkus.KafkaResource;
import io.newsroom.schemas.Topics;
import io.newsroom.support.http.Problem;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "202 means stored" for versions that arrive late, on the real broker: the store keeps only the newest version of an
 * article, so an older version with other content is refused (409 stale-version) and publishes nothing, single or in
 * a batch; an identical re-send of an earlier version is the client's retry (200 unchanged with that version), also
 * after a restart, when only the raw topic (read back by RawTopicFollower) knows the earlier versions.
 */
@QuarkusTest
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
class OlderVersionsTest extends KafkaCompanionTest {

    @Inject
    RawTopicFollower follower;

    @Test
    void shouldRefuseALateLowerVersionWithOtherContentAndPublishNothing() {
        String sourceId = "late-" + UUID.randomUUID();
        String id = post(versioned(sourceId, 1, "Talks begin"), 202).path("id");
        post(versioned(sourceId, 3, "Gas deal signed"), 202);

        ExtractableResponse<Response> late = post(versioned(sourceId, 2, "Gas deal agreed"), 409);

        assertThat(late.contentType()).startsWith(Problem.MEDIA_TYPE);
        assertThat(late.<String>path("type")).isEqualTo(Problem.TYPE_BASE + "stale-version");
        assertThat(late.<String>path("detail")).contains("Version 2", "version 3", "newest");
        assertThat(recordsNow(id)).extracting(r -> versionOf(r)).containsExactly(1, 3);
    }

    @Test
    void shouldRefuseAnOlderVersionCreatedWhenNoVersionIsGiven() {
        String sourceId = "late-time-" + UUID.randomUUID();
        String id = post(timed(sourceId, "2026-11-26T10:40:00Z", "Gas deal signed"), 202).path("id");

        post(timed(sourceId, "2026-11-26T09:40:00Z", "Gas deal agreed"), 409);

        assertThat(recordsNow(id)).hasSize(1);
    }

    @Test
    void shouldAnswerAnIdenticalReSendOfAnEarlierVersionUnchanged() {
        String sourceId = "resend-" + UUID.randomUUID();
        String v2 = versioned(sourceId, 2, "Gas deal agreed");
        String id = post(v2, 202).path("id");
        post(versioned(sourceId, 3, "Gas deal signed"), 202);

        ExtractableResponse<Response> again = post(v2, 200);

        assertThat(again.<String>path("status")).isEqualTo("unchanged");
        assertThat(again.<Integer>path("version")).isEqualTo(2);
        assertThat(recordsNow(id)).extracting(r -> versionOf(r)).containsExactly(2, 3);
    }

    @Test
    void shouldAnswerEachBatchItemOfAnOlderVersionInItsSlot() {
        String sourceId = "batch-" + UUID.randomUUID();
        String v2 = versioned(sourceId, 2, "Gas deal agreed");
        String id = post(v2, 202).path("id");
        post(versioned(sourceId, 3, "Gas deal signed"), 202);

        ExtractableResponse<Response> batch = given().header("Authorization", "Bearer test-key-wire-eu")
                .contentType("application/json").body("[" + v2 + "," + versioned(sourceId, 1, "Talks begin") + "]")
                .post("/articles/batch").then().statusCode(207).extract();

        assertThat(batch.<List<Integer>>path("items.status")).containsExactly(200, 409);
        assertThat(batch.<Integer>path("items[0].version")).isEqualTo(2);
        assertThat(batch.<String>path("items[1].problem.type")).isEqualTo(Problem.TYPE_BASE + "stale-version");
        assertThat(batch.<Integer>path("unchanged")).isEqualTo(1);
        assertThat(batch.<Integer>path("rejected")).isEqualTo(1);
        assertThat(batch.<Integer>path("skipped")).as("a pushed item is answered, never skipped").isNull();
        assertThat(recordsNow(id)).extracting(r -> versionOf(r)).containsExactly(2, 3);
    }

    @Test
    void shouldKnowEarlierVersionsFromTheRawTopicAfterARestart() {
        String sourceId = "restart-" + UUID.randomUUID();
        String v2 = versioned(sourceId, 2, "Gas deal agreed");
        String id = post(v2, 202).path("id");
        post(versioned(sourceId, 3, "Gas deal signed"), 202);
        follower.restart();

        assertThat(post(v2, 200).<Integer>path("version")).isEqualTo(2);
        post(versioned(sourceId, 2, "Gas deal rejected"), 409);
        assertThat(recordsNow(id)).hasSize(2);
    }

    static String versioned(String sourceId, int version, String headline) {
        return """
                {"source":"wire-eu","sourceId":"%s","url":"https://wire-eu.example/world/%s","version":%d,
                 "headline":"%s","body":"BRUSSELS - European Union leaders met on Thursday."}"""
                .formatted(sourceId, sourceId, version, headline);
    }

    private static String timed(String sourceId, String versionCreated, String headline) {
        return """
                {"source":"wire-eu","sourceId":"%s","url":"https://wire-eu.example/world/%s","versionCreated":"%s",
                 "headline":"%s","body":"BRUSSELS - European Union leaders met on Thursday."}"""
                .formatted(sourceId, sourceId, versionCreated, headline);
    }

    private static ExtractableResponse<Response> post(String body, int status) {
        return given().header("Authorization", "Bearer test-key-wire-eu").contentType("application/json").body(body)
                .when().post("/articles").then().statusCode(status).extract();
    }

    private static int versionOf(ConsumerRecord<String, String> record) {
        return Integer.parseInt(new String(record.headers().lastHeader("article-version").value()));
    }

    /** The records with this key, reading the raw topic up to its current end (so no other one can hide). */
    private List<ConsumerRecord<String, String>> recordsNow(String key) {
        Map<TopicPartition, OffsetSpec> latest = kafka.topics().describe(Topics.RAW).get(Topics.RAW).partitions().stream()
                .collect(Collectors.toMap(p -> new TopicPartition(Topics.RAW, p.partition()), p -> OffsetSpec.latest()));
        long end = kafka.offsets().list(latest).values().stream().mapToLong(ListOffsetsResultInfo::offset).sum();
        try (ConsumerTask<String, String> task = kafka.consumeStrings().fromTopics(Topics.RAW)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> task.count() >= end);
            return task.getRecords().stream().filter(r -> key.equals(r.key())).toList();
        }
    }
}
