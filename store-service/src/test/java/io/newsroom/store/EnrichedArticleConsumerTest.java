package io.newsroom.store;

import io.newsroom.infra.quarkus.KafkaCompanionTest;
import io.newsroom.infra.quarkus.KafkaResource;
import io.newsroom.infra.quarkus.PostgresResource;
import io.newsroom.schemas.DeadLetters;
import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.schemas.Topics;
import io.newsroom.store.model.ArticleEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static io.newsroom.store.EnrichedEvents.event;
import static io.newsroom.store.EnrichedEvents.json;
import static io.newsroom.store.EnrichedEvents.uniqueId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Enriched topic → PostgreSQL on the real broker and database: idempotent, ordered, poison records dead-lettered. */
@QuarkusTest
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class EnrichedArticleConsumerTest extends KafkaCompanionTest {

    @Test
    void shouldStoreAnEventAndServeItInTheEventShape() {
        EnrichedArticle article = event(uniqueId(), 1, "Scholz meets Macron", "medtop:11000000", "Olaf Scholz", Instant.now());
        send(article.id(), json(article));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().get("/articles/" + article.id()).then().statusCode(200)
                        .body("headline", equalTo("Scholz meets Macron"))
                        .body("categories[0].code", equalTo("medtop:11000000"))
                        .body("entities[0].key", equalTo("person:olaf-scholz"))
                        .body("entities[0].mentions[0].end", equalTo(11)));
    }

    @Test
    void shouldKeepOneRowWhenAnEventIsRedelivered() {
        EnrichedArticle article = event(uniqueId(), 1, "Redelivered story", "medtop:15000000", "Erling Haaland", Instant.now());
        EnrichedArticle marker = event(uniqueId(), 1, "Marker after redelivery", "medtop:15000000", "Pep Guardiola", Instant.now());
        // Same key, so the same partition: once the marker is stored, both copies have been processed.
        send(article.id(), json(article));
        send(article.id(), json(article));
        sendOnPartitionOf(article.id(), marker);

        await().atMost(Duration.ofSeconds(60)).until(() -> rows(marker.id()) == 1);
        assertThat(rows(article.id())).isEqualTo(1);
    }

    @Test
    void shouldNeverLetAnOlderVersionOverwriteANewerOne() {
        String sourceId = uniqueId();
        EnrichedArticle v2 = event(sourceId, 2, "Second version", "medtop:04000000", "Christine Lagarde", Instant.now());
        EnrichedArticle v1 = event(sourceId, 1, "First version", "medtop:04000000", "Christine Lagarde", Instant.now());
        EnrichedArticle v3 = event(sourceId, 3, "Third version", "medtop:04000000", "Christine Lagarde", Instant.now());
        send(v2.id(), json(v2));
        send(v1.id(), json(v1));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().get("/articles/" + v2.id()).then().statusCode(200).body("version", equalTo(2)));
        send(v3.id(), json(v3));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().get("/articles/" + v3.id()).then().statusCode(200)
                        .body("version", equalTo(3)).body("headline", equalTo("Third version")));
        assertThat(rows(v3.id())).isEqualTo(1);
    }

    @Test
    void shouldReplaceTheTagsWithALaterReenrichmentAndKeepThemAgainstALateOldOne() {
        String sourceId = uniqueId();
        Instant firstEnrichment = Instant.now().minus(Duration.ofDays(1));
        EnrichedArticle oldModel = EnrichedEvents.builder(sourceId).version(2).headline("Re-enriched story")
                .category("medtop:04000000").entity(EnrichedArticle.EntityType.PERSON, "Old Tagging", null)
                .enricherVersion("nlp-engine/1.0 ner-model-00000001").enrichedAt(firstEnrichment).build();
        EnrichedArticle newModel = EnrichedEvents.builder(sourceId).version(2).headline("Re-enriched story")
                .category("medtop:15000000").entity(EnrichedArticle.EntityType.PERSON, "New Tagging", null)
                .enricherVersion("nlp-engine/1.0 ner-model-00000002").enrichedAt(Instant.now()).build();
        send(oldModel.id(), json(oldModel));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().get("/articles/" + oldModel.id()).then().statusCode(200)
                        .body("enricherVersion", equalTo("nlp-engine/1.0 ner-model-00000001")));

        send(newModel.id(), json(newModel));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().get("/articles/" + newModel.id()).then().statusCode(200)
                        .body("enricherVersion", equalTo("nlp-engine/1.0 ner-model-00000002"))
                        .body("categories.code", org.hamcrest.Matchers.contains("medtop:15000000"))
                        .body("entities.key", org.hamcrest.Matchers.contains("person:new-tagging")));

        // The old model's event redelivered late, then a marker on its partition: once the marker is stored, the late
        // event has been processed too, and must have changed nothing.
        EnrichedArticle marker = event(uniqueId(), 1, "Marker after the late enrichment", "medtop:15000000", "Pep Guardiola", Instant.now());
        send(oldModel.id(), json(oldModel));
        sendOnPartitionOf(oldModel.id(), marker);
        await().atMost(Duration.ofSeconds(60)).until(() -> rows(marker.id()) == 1);
        given().get("/articles/" + oldModel.id()).then().statusCode(200)
                .body("enricherVersion", equalTo("nlp-engine/1.0 ner-model-00000002"))
                .body("entities.key", org.hamcrest.Matchers.contains("person:new-tagging"));
        assertThat(rows(oldModel.id())).isEqualTo(1);
    }

    @Test
    void shouldDeadLetterAPoisonRecordWithItsReasonAndStoreTheNextOne() {
        String poisonKey = "poison-" + uniqueId();
        send(poisonKey, "{\"id\": 42}");
        EnrichedArticle next = event(uniqueId(), 1, "After the poison", "medtop:07000000", "Tedros Adhanom", Instant.now());
        send(next.id(), json(next));

        try (ConsumerTask<String, String> dlq = kafka.consumeStrings().fromTopics(Topics.STORE_DEAD_LETTER)) {
            ConsumerRecord<String, String> dead = await().atMost(Duration.ofSeconds(60)).until(
                    () -> dlq.getRecords().stream().filter(r -> poisonKey.equals(r.key())).findFirst().orElse(null),
                    r -> r != null);
            assertThat(new String(dead.headers().lastHeader(Topics.DEAD_LETTER_REASON_HEADER).value(), StandardCharsets.UTF_8))
                    .contains("Not a valid enriched article event").contains("/id");
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().get("/articles/" + next.id()).then().statusCode(200));
    }

    @Test
    void shouldIsolateARecordTheDatabaseRefusesAndStoreTheRestOfItsBatch() {
        EnrichedArticle before = event(uniqueId(), 1, "Before the refused one", "medtop:04000000", "Jane Before", Instant.now());
        // Valid against the schema and the storage contract (which covers what ingest lets in), but its Wikidata id
        // — enrich's own data, never a sender's — is longer than the database column: the batch fails.
        EnrichedArticle refused = EnrichedEvents.builder(uniqueId()).headline("Refused").category("medtop:04000000")
                .entity(EnrichedArticle.EntityType.PERSON, "Jane Refused", "Q" + "9".repeat(40)).build();
        EnrichedArticle after = event(uniqueId(), 1, "After the refused one", "medtop:04000000", "Jane After", Instant.now());
        kafka.produceStrings().fromRecords(
                new ProducerRecord<>(Topics.ENRICHED, before.id(), json(before)),
                new ProducerRecord<>(Topics.ENRICHED, refused.id(), json(refused)),
                new ProducerRecord<>(Topics.ENRICHED, after.id(), json(after))).awaitCompletion(Duration.ofSeconds(30));

        try (ConsumerTask<String, String> dlq = kafka.consumeStrings().fromTopics(Topics.STORE_DEAD_LETTER)) {
            ConsumerRecord<String, String> dead = await().atMost(Duration.ofSeconds(60)).until(
                    () -> dlq.getRecords().stream().filter(r -> refused.id().equals(r.key())).findFirst().orElse(null),
                    r -> r != null);
            assertThat(new String(dead.headers().lastHeader(Topics.DEAD_LETTER_REASON_HEADER).value(), StandardCharsets.UTF_8))
                    .startsWith("Could not be stored");
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> rows(before.id()) == 1 && rows(after.id()) == 1);
        assertThat(rows(refused.id())).isZero();
    }

    @Test
    void shouldDeadLetterAOneMegabyteRecordByReferenceAndStoreTheNextOne() {
        // Not JSON and about 1 MB: a copy plus the reason headers would be over Kafka's record limit.
        String poisonKey = "huge-" + uniqueId();
        byte[] huge = new byte[1_040_000];
        java.util.Arrays.fill(huge, (byte) 'x');
        kafka.produce(String.class, byte[].class).fromRecords(new ProducerRecord<>(Topics.ENRICHED, poisonKey, huge))
                .awaitCompletion(Duration.ofSeconds(30));
        EnrichedArticle next = event(uniqueId(), 1, "After the huge one", "medtop:07000000", "Tedros Adhanom", Instant.now());
        send(next.id(), json(next));

        ConsumerRecord<String, String> dead = awaitDeadLetter(poisonKey);
        assertThat(new String(dead.headers().lastHeader(DeadLetters.BY_REFERENCE_HEADER).value(), StandardCharsets.UTF_8))
                .isEqualTo("true");
        assertThat(dead.value()).contains("\"bytes\":1040000").contains("\"sha256\"");
        assertThat(new String(dead.headers().lastHeader(Topics.DEAD_LETTER_REASON_HEADER).value(), StandardCharsets.UTF_8))
                .contains("Not JSON");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().get("/articles/" + next.id()).then().statusCode(200));
    }

    @Test
    void shouldDeadLetterAnEventWithTextTheDatabaseCannotHoldWithoutRetrying() {
        EnrichedArticle nul = event(uniqueId(), 1, "Headline with \u0000 inside", "medtop:04000000", "Jane Nul", Instant.now());
        send(nul.id(), json(nul));

        ConsumerRecord<String, String> dead = awaitDeadLetter(nul.id());
        assertThat(new String(dead.headers().lastHeader(Topics.DEAD_LETTER_REASON_HEADER).value(), StandardCharsets.UTF_8))
                .contains("Cannot be stored").contains("/headline").contains("U+0000");
        assertThat(rows(nul.id())).isZero();
    }

    private ConsumerRecord<String, String> awaitDeadLetter(String key) {
        try (ConsumerTask<String, String> dlq = kafka.consumeStrings().fromTopics(Topics.STORE_DEAD_LETTER)) {
            return await().atMost(Duration.ofSeconds(60)).until(
                    () -> dlq.getRecords().stream().filter(r -> key.equals(r.key())).findFirst().orElse(null),
                    r -> r != null);
        }
    }

    private void send(String key, String value) {
        kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.ENRICHED, key, value)).awaitCompletion(Duration.ofSeconds(30));
    }

    private void sendOnPartitionOf(String partitionKey, EnrichedArticle event) {
        int partition = Math.abs(org.apache.kafka.common.utils.Utils.murmur2(partitionKey.getBytes(StandardCharsets.UTF_8))
                & 0x7fffffff) % kafka.topics().describe(Topics.ENRICHED).get(Topics.ENRICHED).partitions().size();
        kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.ENRICHED, partition, event.id(), json(event)))
                .awaitCompletion(Duration.ofSeconds(30));
    }

    private static long rows(String id) {
        return QuarkusTransaction.requiringNew().call(() -> ArticleEntity.count("id", id));
    }
}
