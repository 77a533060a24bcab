package io.newsroom.store;

import io.newsroom.infra.quarkus.KafkaCompanionTest;
import io.newsroom.infra.quarkus.KafkaResource;
import io.newsroom.infra.quarkus.PostgresResource;
import io.newsroom.support.deadletter.DeadLetterRedrive;
import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.schemas.EnrichedArticle.EntityType;
import io.newsroom.support.http.Problem;
import io.newsroom.schemas.Topics;
import io.newsroom.store.query.ArticleChanges;
import io.newsroom.store.query.ArticleChanges.Change;
import io.newsroom.store.query.ArticleFilter;
import io.newsroom.store.write.ArticleUpsert;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static io.newsroom.store.EnrichedEvents.builder;
import static io.newsroom.store.EnrichedEvents.uniqueId;
import static io.newsroom.store.EnrichedEvents.uniqueSource;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The operators' admin API on the real database and broker: cancel hides an article as a source cancellation does,
 * delete removes it with its links and counts, re-drive brings dead letters back to be stored (skipping letters kept
 * only by reference, never re-driving one twice), and nothing works without the admin key.
 */
@QuarkusTest
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class AdminApiTest extends KafkaCompanionTest {

    /** The key whose hash %test.newsroom.admin.key-hash holds. */
    static final String KEY = "test-admin-key";

    @Inject
    ArticleUpsert upsert;

    @Inject
    ArticleChanges changes;

    @Test
    void shouldCancelAnArticleAsItsSourceWouldAndStayIdempotent() {
        String person = "Person " + uniqueId().substring(0, 8);
        EnrichedArticle article = builder(uniqueId()).entity(EntityType.PERSON, person, null).build();
        upsert.upsert(article);
        String key = article.entities().get(0).key();
        given().get("/entities/" + key).then().statusCode(200).body("entity.articleCount", equalTo(1));

        admin().post("/admin/articles/" + article.id() + "/cancel").then().statusCode(200)
                .body("changed", equalTo(true)).body("canceledAt", notNullValue());

        given().get("/articles/" + article.id()).then().statusCode(410).contentType(Problem.MEDIA_TYPE)
                .body("canceledAt", notNullValue());
        given().get("/entities/" + key).then().statusCode(200).body("entity.articleCount", equalTo(0));
        given().queryParam("entity", key).get("/articles").then().statusCode(200).body("count", equalTo(0));
        admin().post("/admin/articles/" + article.id() + "/cancel").then().statusCode(200).body("changed", equalTo(false));
        given().get("/entities/" + key).then().statusCode(200).body("entity.articleCount", equalTo(0));
    }

    @Test
    void shouldDeleteAnArticleWithItsLinksAndCountsAndLeaveTheStreamWithTheOthers() {
        String source = uniqueSource();
        String person = "Person " + uniqueId().substring(0, 8);
        EnrichedArticle doomed = builder(uniqueId()).source(source).entity(EntityType.PERSON, person, null).build();
        EnrichedArticle kept = builder(uniqueId()).source(source).entity(EntityType.PERSON, person, null).build();
        upsert.upsert(doomed);
        upsert.upsert(kept);
        String key = doomed.entities().get(0).key();
        ArticleFilter bySource = new ArticleFilter(List.of(), null, null, source, null, null, null, null);
        assertThat(changes.after(changes.feed(bySource), 0, 10)).extracting(Change::id).containsExactly(doomed.id(), kept.id());

        admin().delete("/admin/articles/" + doomed.id()).then().statusCode(204);

        given().get("/articles/" + doomed.id()).then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        given().get("/entities/" + key).then().statusCode(200).body("entity.articleCount", equalTo(1));
        assertThat(changes.after(changes.feed(bySource), 0, 10)).extracting(Change::id).containsExactly(kept.id());
        admin().delete("/admin/articles/" + doomed.id()).then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        given().queryParam("source", source).get("/articles").then().statusCode(200).body("count", equalTo(1));
    }

    @Test
    void shouldAnswer404ProblemForAnUnknownArticleAnd400ForABadId() {
        String unknown = "f".repeat(32);
        admin().post("/admin/articles/" + unknown + "/cancel").then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        admin().delete("/admin/articles/" + unknown).then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        admin().delete("/admin/articles/not-an-id").then().statusCode(400).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void shouldRefuseAdminCallsWithoutTheKeyOrWithAWrongOne() {
        EnrichedArticle article = builder(uniqueId()).build();
        upsert.upsert(article);

        given().post("/admin/articles/" + article.id() + "/cancel").then().statusCode(401)
                .contentType(Problem.MEDIA_TYPE).header("WWW-Authenticate", notNullValue());
        given().header("Authorization", "Bearer wrong-key").delete("/admin/articles/" + article.id())
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE);
        given().header("Authorization", "Bearer wrong-key").post("/admin/dead-letters/redrive")
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE);
        given().get("/articles/" + article.id()).then().statusCode(200);
    }

    @Test
    void shouldRedriveADeadLetterSoItIsStoredSkipReferencesAndNotRedriveTwice() {
        EnrichedArticle article = builder(uniqueId()).headline("Stored after the fix").build();
        int partition = 0;
        // As DeadLetterPublisher sets letters aside: original key and value, the producer's headers, reasons.
        RecordHeaders headers = new RecordHeaders();
        headers.add("article-id", utf8(article.id()));
        headers.add(Topics.DEAD_LETTER_REASON_HEADER, utf8("Could not be stored: a bug since fixed"));
        headers.add("dead-letter-offset", utf8("17"));
        RecordHeaders reference = new RecordHeaders();
        reference.add(io.newsroom.schemas.DeadLetters.BY_REFERENCE_HEADER, utf8("true"));
        String referenceKey = "too-large-" + uniqueId();
        long letter = produce(new ProducerRecord<>(Topics.STORE_DEAD_LETTER, partition, article.id(),
                EnrichedEvents.json(article), headers));
        long referenceLetter = produce(new ProducerRecord<>(Topics.STORE_DEAD_LETTER, partition, referenceKey,
                "{\"topic\":\"news.articles.enriched.v1\",\"partition\":3,\"offset\":9,\"bytes\":1500000}", reference));

        try (ConsumerTask<String, String> enriched = kafka.consumeStrings().fromTopics(Topics.ENRICHED)) {
            admin().queryParam("partition", partition).queryParam("from", letter).queryParam("to", referenceLetter)
                    .post("/admin/dead-letters/redrive").then().statusCode(200)
                    .body("redriven", equalTo(1)).body("skipped", equalTo(1))
                    .body("partitions[0].partition", equalTo(partition))
                    .body("partitions[0].lastOffset", equalTo((int) referenceLetter));

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    given().get("/articles/" + article.id()).then().statusCode(200)
                            .body("headline", equalTo("Stored after the fix")));
            // A second call goes on after what the first did: the same letters are not re-driven again.
            admin().queryParam("partition", partition).post("/admin/dead-letters/redrive").then().statusCode(200)
                    .body("redriven", equalTo(0)).body("skipped", equalTo(0));

            List<ConsumerRecord<String, String>> redriven = await().atMost(Duration.ofSeconds(30)).until(
                    () -> enriched.getRecords().stream().filter(r -> article.id().equals(r.key())).toList(),
                    found -> !found.isEmpty());
            assertThat(redriven).hasSize(1);
            assertThat(redriven.get(0).value()).isEqualTo(EnrichedEvents.json(article));
            assertThat(redriven.get(0).headers().lastHeader("article-id")).isNotNull();
            assertThat(redriven.get(0).headers().toArray()).noneMatch(h -> h.key().startsWith("dead-letter-"));
            assertThat(enriched.getRecords()).noneMatch(r -> referenceKey.equals(r.key()));
        }
    }

    @Test
    void shouldNameEachBadRedriveParameter() {
        admin().queryParam("from", 5).queryParam("limit", 0).queryParam("until", "yesterday")
                .post("/admin/dead-letters/redrive").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors.field", org.hamcrest.Matchers.hasItems("partition", "limit", "until"));
        admin().queryParam("partition", 999).post("/admin/dead-letters/redrive").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE).body("errors[0].field", equalTo("partition"));
    }

    static RequestSpecification admin() {
        return given().header("Authorization", "Bearer " + KEY);
    }

    private long produce(ProducerRecord<String, String> record) {
        return kafka.produceStrings().fromRecords(record).awaitCompletion(Duration.ofSeconds(30))
                .getLastRecord().offset();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
