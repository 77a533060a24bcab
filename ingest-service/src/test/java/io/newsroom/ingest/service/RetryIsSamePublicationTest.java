package io.newsroom.ingest.service;

import io.newsroom.infra.quarkus.KafkaCompanionTest;
import io.newsroom.infra.quarkus.KafkaResource;
import io.newsroom.schemas.Topics;
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
 * Issue 13: an identical retry is the same publication, whatever the format and also after a restart. Articles here
 * carry no version and no time of their own (native without version/versionCreated, ninjs without version/
 * versioncreated, an RSS item without dates), the case that used to be versioned by the time of receipt. A retry a
 * second later, and a retry after the service forgot everything (RawTopicFollower.restart(): what a new instance does),
 * keeps the first version and writes no second record on the real raw topic; a changed article gets a higher version.
 */
@QuarkusTest
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
class RetryIsSamePublicationTest extends KafkaCompanionTest {

    @Inject
    RawTopicFollower follower;

    @Test
    void shouldAnswerAnIdenticalRetryWithTheFirstVersionAndWriteOneRecord() throws Exception {
        String article = nativeWithoutTimes("retry-" + UUID.randomUUID(), "Gas deal agreed");
        ExtractableResponse<Response> first = post("/articles", "application/json", article, 202);
        Thread.sleep(1100);   // a later second: a version from the time of receipt would differ

        ExtractableResponse<Response> retry = post("/articles", "application/json", article, 200);

        assertThat(retry.<String>path("status")).isEqualTo("unchanged");
        assertThat(retry.<Integer>path("version")).isEqualTo(first.<Integer>path("version"));
        assertThat(recordsNow(first.path("id"))).hasSize(1);
    }

    @Test
    void shouldKnowWhatWasWrittenBeforeARestart() throws Exception {
        String article = nativeWithoutTimes("restart-" + UUID.randomUUID(), "Gas deal agreed");
        ExtractableResponse<Response> first = post("/articles", "application/json", article, 202);
        follower.restart();
        Thread.sleep(1100);

        ExtractableResponse<Response> retry = post("/articles", "application/json", article, 200);

        assertThat(retry.<Integer>path("version")).isEqualTo(first.<Integer>path("version"));
        assertThat(recordsNow(first.path("id"))).hasSize(1);
    }

    @Test
    void shouldGiveAChangedArticleAHigherVersionAfterARestartAndWithinTheSameSecond() {
        String sourceId = "changed-" + UUID.randomUUID();
        int first = post("/articles", "application/json", nativeWithoutTimes(sourceId, "Gas deal agreed"), 202).path("version");
        follower.restart();
        ExtractableResponse<Response> changed = post("/articles", "application/json",
                nativeWithoutTimes(sourceId, "Gas deal agreed after all-night talks"), 202);
        int second = changed.path("version");
        int third = post("/articles", "application/json", nativeWithoutTimes(sourceId, "Gas deal signed"), 202).path("version");

        assertThat(second).isGreaterThan(first);
        assertThat(third).isGreaterThan(second);
        assertThat(recordsNow(changed.path("id"))).hasSize(3);
    }

    @Test
    void shouldKeepTheFirstVersionOfANinjsItemWithoutVersionAfterARestart() throws Exception {
        String ninjs = """
                {"uri":"urn:newsml:wire-eu.example:%s","type":"text","headlines":[{"role":"main","value":"Gas deal agreed"}],
                 "bodies":[{"role":"main","contenttype":"text/plain","value":"EU leaders agreed."}]}""".formatted(UUID.randomUUID());
        ExtractableResponse<Response> first = post("/articles", "application/json", ninjs, 202);
        follower.restart();
        Thread.sleep(1100);

        assertThat(post("/articles", "application/json", ninjs, 200).<Integer>path("version"))
                .isEqualTo(first.<Integer>path("version"));
        assertThat(recordsNow(first.path("id"))).hasSize(1);
    }

    @Test
    void shouldKeepTheFirstVersionOfFeedAndBatchItemsWithoutDatesAfterARestart() throws Exception {
        String link = "https://regional-news.example/undated/" + UUID.randomUUID();
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Regional News</title><link>https://regional-news.example/</link>
                  <item><title>Storm floods the old town</title><link>%s</link><description>Heavy rain.</description></item>
                </channel></rss>""".formatted(link);
        String batch = "[" + nativeWithoutTimes("batch-" + UUID.randomUUID(), "Gas deal agreed").replace("wire-eu", "regional-news") + "]";
        ExtractableResponse<Response> feed = post("/articles/feed", "application/rss+xml", rss, 207);
        ExtractableResponse<Response> items = post("/articles/batch", "application/json", batch, 207);
        assertThat(feed.<List<Integer>>path("items.status")).containsExactly(202);
        assertThat(items.<List<Integer>>path("items.status")).containsExactly(202);
        follower.restart();
        Thread.sleep(1100);

        ExtractableResponse<Response> feedAgain = post("/articles/feed", "application/rss+xml", rss, 207);
        ExtractableResponse<Response> itemsAgain = post("/articles/batch", "application/json", batch, 207);

        assertThat(feedAgain.<List<Integer>>path("items.status")).containsExactly(200);
        assertThat(feedAgain.<List<Integer>>path("items.version")).isEqualTo(feed.<List<Integer>>path("items.version"));
        assertThat(itemsAgain.<List<Integer>>path("items.status")).containsExactly(200);
        assertThat(itemsAgain.<List<Integer>>path("items.version")).isEqualTo(items.<List<Integer>>path("items.version"));
        assertThat(recordsNow(feed.<List<String>>path("items.id").get(0))).hasSize(1);
        assertThat(recordsNow(items.<List<String>>path("items.id").get(0))).hasSize(1);
    }

    static String nativeWithoutTimes(String sourceId, String headline) {
        return """
                {"source":"wire-eu","sourceId":"%s","url":"https://wire-eu.example/world/%s",
                 "headline":"%s","body":"BRUSSELS - European Union leaders agreed on Thursday."}"""
                .formatted(sourceId, sourceId, headline);
    }

    private static ExtractableResponse<Response> post(String path, String contentType, String body, int status) {
        String source = body.contains("regional-news") ? "regional-news" : "wire-eu";
        return given().header("Authorization", "Bearer test-key-" + source).contentType(contentType).body(body)
                .when().post(path).then().statusCode(status).extract();
    }

    /** The records with this key, reading the raw topic up to its current end (so no second one can hide). */
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
