package io.newsroom.store;

import io.newsroom.infra.quarkus.KafkaCompanionTest;
import io.newsroom.infra.quarkus.KafkaResource;
import io.newsroom.infra.quarkus.PostgresResource;
import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.schemas.EnrichedArticle.EntityType;
import io.newsroom.schemas.Topics;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.logging.Level;

import static io.newsroom.store.EnrichedEvents.json;
import static io.newsroom.store.EnrichedEvents.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A record the database refuses is dead-lettered without its contents reaching the log: no article body and no SQL
 * parameter list in any message or stack trace at INFO or above, with the default logging configuration. (The embedded
 * PostgreSQL server's own log, which the test infrastructure relays, is not the store's log and is left out.)
 */
@QuarkusTest
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class QuietLogsTest extends KafkaCompanionTest {

    private final CapturedLogs logs = new CapturedLogs(Level.INFO, "io.zonky");

    @BeforeEach
    void captureLogs() {
        logs.start();
    }

    @AfterEach
    void releaseLogs() {
        logs.stop();
    }

    @Test
    void shouldDeadLetterARefusedRecordWithoutLoggingItsContents() {
        String secret = "SECRET-" + uniqueId().substring(0, 8);
        // Valid for the schema, refused by the database: the entity key is longer than its column.
        EnrichedArticle refused = EnrichedEvents.builder(uniqueId()).body("Body with " + secret + " in it")
                .entity(EntityType.PERSON, secret + " " + "x".repeat(600), null).build();
        EnrichedArticle next = EnrichedEvents.builder(uniqueId()).body("An ordinary body").build();

        try (ConsumerTask<String, String> dlq = kafka.consumeStrings().fromTopics(Topics.STORE_DEAD_LETTER)) {
            kafka.produceStrings().fromRecords(
                    new ProducerRecord<>(Topics.ENRICHED, refused.id(), json(refused)),
                    new ProducerRecord<>(Topics.ENRICHED, next.id(), json(next))).awaitCompletion(Duration.ofSeconds(30));
            await().atMost(Duration.ofSeconds(60)).until(
                    () -> dlq.getRecords().stream().anyMatch(r -> refused.id().equals(r.key())));
        }

        assertThat(logs.records().stream().map(CapturedLogs::text).toList()).as("log lines at INFO or above").isNotEmpty()
                .noneMatch(line -> line.contains(secret))
                .noneMatch(line -> line.contains("Batch entry"))
                .noneMatch(line -> line.contains("Body with"));
    }
}
