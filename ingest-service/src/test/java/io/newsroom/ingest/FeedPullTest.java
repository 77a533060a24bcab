package io.newsroom.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroom.infra.quarkus.KafkaCompanionTest;
import io.newsroom.infra.quarkus.KafkaResource;
import io.newsroom.schemas.ArticleIds;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.newsroom.support.http.Problem;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.newsroom.ingest.TestSupport.as;
import static io.newsroom.ingest.TestSupport.records;
import static io.newsroom.ingest.TestSupport.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

/**
 * Feeds pulled from a local HTTP server (127.0.0.1, {@link FeedServer}) onto the real broker: on schedule, with
 * conditional GET (ETag answered 304), and each failing feed (timeout, a body that stalls, garbage, HTML, HTTP 500,
 * 3,000-deep XML, a redirect to a loopback, private or link-local address) answered 422 problem+json and shown in
 * the feed's status, without stopping the service or delaying the other feeds. An item older than what was published
 * is skipped and counted; of a feed longer than a batch, the newest items are taken and the rest counted.
 */
@QuarkusTest
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FeedServer.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class FeedPullTest extends KafkaCompanionTest {

    @Test
    void shouldPublishTheItemsOfAScheduledFeedWithoutBeingAsked() {
        String id = ArticleIds.derive("regional-news", FeedServer.scheduledGuid, null);
        JsonNode event = value(records(kafka, id, 1).get(0));
        assertThat(event.get("source").asText()).isEqualTo("regional-news");
        assertThat(event.get("url").asText()).isEqualTo("https://regional-news.example/scheduled");
        // Pulled every second, but the unchanged item is not published again.
        org.awaitility.Awaitility.await().pollDelay(Duration.ofSeconds(3)).until(() -> true);
        assertThat(TestSupport.recordsNow(kafka, id)).hasSize(1);
    }

    @Test
    void shouldPullWithConditionalGetAndPublishNothingWhenNotModified() {
        String id = as("regional-news").post("/feeds/regional/pull").then().statusCode(200)
                .body("httpStatus", equalTo(200))
                .body("items.items[0].status", equalTo(202))
                // The untitled item (link only) is accepted too: 202, or 200 when another test wrote it first.
                .body("items.items[1].status", org.hamcrest.Matchers.oneOf(200, 202))
                .extract().path("items.items[0].id");
        assertThat(value(records(kafka, id, 1).get(0)).get("url").asText()).isEqualTo("https://regional-news.example/pulled?utm_source=rss");

        as("regional-news").post("/feeds/regional/pull").then().statusCode(200)
                .body("httpStatus", equalTo(304)).body("notModified", equalTo(true));
        assertThat(FeedServer.CONDITIONAL).endsWith("", FeedServer.ETAG);
        as("regional-news").get("/feeds").then().statusCode(200)
                .body("find { it.name == 'regional' }.lastOutcome", equalTo("not-modified"))
                .body("find { it.name == 'regional' }.etag", equalTo(FeedServer.ETAG));
    }

    @Test
    void shouldSkipAndCountAnItemOlderThanTheVersionAlreadyPublished() {
        String id = as("regional-news").post("/feeds/stale/pull").then().statusCode(200)
                .body("items.items[0].status", equalTo(202)).extract().path("items.items[0].id");

        // The feed now serves an older copy of the item (a stale cache): not an error, not published.
        as("regional-news").post("/feeds/stale/pull").then().statusCode(200)
                .body("items.items[0].status", equalTo(200))
                .body("items.items[0].outcome", equalTo("skipped"))
                .body("items.items[0].id", equalTo(id))
                .body("items.items[0].problem", org.hamcrest.Matchers.nullValue())
                .body("items.skipped", equalTo(1))
                .body("items.rejected", equalTo(0));
        assertThat(TestSupport.recordsNow(kafka, id)).hasSize(1);
        io.restassured.RestAssured.given().get("/q/metrics").then()
                .body(containsString("newsroom_articles_skipped_total{reason=\"stale-version\"}"));
    }

    @Test
    void shouldTakeTheNewestItemsOfAPulledFeedLargerThanABatchAndCountTheRest() {
        as("regional-news").post("/feeds/many/pull").then().statusCode(200)
                .body("overLimit", equalTo(FeedServer.MANY.size() - FeedServer.MAX_BATCH_ITEMS))
                .body("items.received", equalTo(FeedServer.MAX_BATCH_ITEMS))
                // pubDates 08, 10, 09, 07, 11: the three newest, in document order
                .body("items.items.ref", org.hamcrest.Matchers.contains(FeedServer.MANY.get(1), FeedServer.MANY.get(2), FeedServer.MANY.get(4)));
        as("regional-news").get("/feeds").then().statusCode(200)
                .body("find { it.name == 'many' }.overLimit", equalTo(2));
        io.restassured.RestAssured.given().get("/q/metrics").then()
                .body(containsString("newsroom_articles_skipped_total{reason=\"over-batch-limit\"}"));
    }

    @Test
    void shouldAnswer422WhenTheFeedTimesOut() {
        long start = System.nanoTime();
        as("regional-news").post("/feeds/slow/pull").then().statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "feed-timeout"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        as("regional-news").get("/feeds").then().statusCode(200)
                .body("find { it.name == 'slow' }.problem.type", equalTo(Problem.TYPE_BASE + "feed-timeout"));
    }

    @Test
    void shouldAnswer422WhenTheFeedAnswersGarbageHtmlOrAnError() {
        as("regional-news").post("/feeds/garbage/pull").then().statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "feed-unreadable"));
        as("regional-news").post("/feeds/html/pull").then().statusCode(422)
                .body("type", equalTo(Problem.TYPE_BASE + "feed-unreadable"));
        as("regional-news").post("/feeds/broken/pull").then().statusCode(422)
                .body("type", equalTo(Problem.TYPE_BASE + "feed-http-error"))
                .body("detail", org.hamcrest.Matchers.containsString("500"));
        TestSupport.as("regional-news").get("/q/health/live").then().statusCode(lessThan(300));
    }

    @Test
    void shouldKeepPullingOtherFeedsWhileOneStallsAndEndTheStalledOneAtItsTimeout() throws Exception {
        int stalledBefore = FeedServer.STALLED.get();
        CompletableFuture<ExtractableResponse<Response>> stalled = CompletableFuture.supplyAsync(
                () -> as("regional-news").post("/feeds/stalled/pull").then().extract());
        await().atMost(Duration.ofSeconds(10)).until(() -> FeedServer.STALLED.get() > stalledBefore);
        Instant stallBegan = Instant.now();

        // While the stalled feed holds its pull (the server sends nothing more for 30 s), others are pulled:
        // a manual pull answers, and the scheduled feed (every second) keeps being pulled.
        as("regional-news").post("/feeds/scheduled/pull").then().statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> Instant.parse(as("regional-news").get("/feeds").then()
                .extract().path("find { it.name == 'scheduled' }.lastPull")).isAfter(stallBegan));

        // The stalled pull ends at its 1 s timeout over the whole body, not when the server gives up.
        ExtractableResponse<Response> answer = stalled.get(10, TimeUnit.SECONDS);
        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.contentType()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(answer.<String>path("type")).isEqualTo(Problem.TYPE_BASE + "feed-timeout");
        as("regional-news").get("/feeds").then().statusCode(200)
                .body("find { it.name == 'stalled' }.problem.type", equalTo(Problem.TYPE_BASE + "feed-timeout"));
    }

    @Test
    void shouldRefuseARedirectToALinkLocalPrivateOrLoopbackAddressAndPublishNothing() {
        int chainEnds = FeedServer.CHAIN_ENDS.get();
        assertRedirectRefused("to-metadata", "http://169.254.169.254/latest/meta-data/", "link-local");
        assertRedirectRefused("to-private", "http://10.20.30.40/feed.xml", "private");
        assertRedirectRefused("to-loopback", "/hop/0", "loopback");
        assertRedirectRefused("to-localhost", "http://localhost:", "loopback");
        // The loopback targets were never asked, so nothing of theirs could be published.
        assertThat(FeedServer.CHAIN_ENDS.get()).isEqualTo(chainEnds);
    }

    private static void assertRedirectRefused(String feed, String target, String kind) {
        as("regional-news").post("/feeds/" + feed + "/pull").then().statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "feed-redirect-refused"))
                .body("detail", containsString(target))
                .body("detail", containsString(kind));
        as("regional-news").get("/feeds").then().statusCode(200)
                .body("find { it.name == '" + feed + "' }.lastOutcome", equalTo("failed"))
                .body("find { it.name == '" + feed + "' }.problem.type", equalTo(Problem.TYPE_BASE + "feed-redirect-refused"));
    }

    @Test
    void shouldRefuseAPulledFeedNestedThousandsOfLevelsDeep() {
        as("regional-news").post("/feeds/deep/pull").then().statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "feed-unreadable"))
                .body("detail", containsString("100 levels"));
    }

    @Test
    void shouldOnlyLetTheFeedsSourcePullIt() {
        as("regional-news").post("/feeds/sport/pull").then().statusCode(403).contentType(Problem.MEDIA_TYPE);
        as("regional-news").post("/feeds/nope/pull").then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        io.restassured.RestAssured.given().post("/feeds/regional/pull").then().statusCode(401);
    }
}
