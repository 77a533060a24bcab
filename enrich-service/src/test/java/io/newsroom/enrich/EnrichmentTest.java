package io.newsroom.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.newsroom.infra.quarkus.KafkaCompanionTest;
import io.newsroom.infra.quarkus.KafkaResource;
import io.newsroom.schemas.DeadLetters;
import io.newsroom.schemas.EventSchemas;
import io.newsroom.schemas.EventSchemas.Kind;
import io.newsroom.schemas.RawArticle;
import io.newsroom.schemas.Topics;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Raw topic → enriched topic on the real broker; a poison record goes to the dead-letter topic and the next one still flows. */
@QuarkusTest
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
class EnrichmentTest extends KafkaCompanionTest {

    private final ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();

    @Test
    void shouldBeReadyOnlyWithItsConsumersAndTheBrokerUp() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> io.restassured.RestAssured.given()
                .when().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", org.hamcrest.Matchers.hasItems("enrichment-consumers", "kafka")));
    }

    @Test
    void shouldPublishAnEnrichedEventKeyedByIdThatValidates() throws Exception {
        RawArticle raw = TestArticles.withBody("Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Tuesday for talks on "
                + "energy policy. Olaf Scholz said the government would support the summit plan.");
        send(raw.id(), mapper.writeValueAsString(raw));

        ConsumerRecord<String, String> record = awaitKey(Topics.ENRICHED, raw.id());
        JsonNode event = mapper.readTree(record.value());
        assertThat(EventSchemas.get().validate(Kind.ENRICHED, event)).isEmpty();
        assertThat(event.get("version").asInt()).isEqualTo(raw.version());
        assertThat(event.get("language").asText()).isEqualTo("en");
        assertThat(event.findValuesAsText("name")).contains("Olaf Scholz", "Emmanuel Macron", "Paris");
        assertThat(event.get("categories").get(0).get("code").asText()).isEqualTo("medtop:11000000");
    }

    @Test
    void shouldDeadLetterAPoisonRecordWithItsReasonAndKeepGoing() throws Exception {
        String poisonKey = "poison-" + UUID.randomUUID();
        send(poisonKey, "{\"this is\": not json");
        RawArticle next = TestArticles.withBody("The team won the cup final after the coach changed the league season plan.");
        send(next.id(), mapper.writeValueAsString(next));

        ConsumerRecord<String, String> dead = awaitKey(Topics.ENRICH_DEAD_LETTER, poisonKey);
        assertThat(dead.value()).isEqualTo("{\"this is\": not json");
        assertThat(new String(dead.headers().lastHeader(Topics.DEAD_LETTER_REASON_HEADER).value(), StandardCharsets.UTF_8))
                .contains("Not JSON");
        assertThat(awaitKey(Topics.ENRICHED, next.id()).value()).contains("medtop:15000000");
    }

    @Test
    void shouldDeadLetterAnEventThatBreaksTheSchemaNamingTheField() throws Exception {
        String key = "invalid-" + UUID.randomUUID();
        send(key, "{\"id\":\"" + key + "\",\"headline\":\"no source\"}");

        ConsumerRecord<String, String> dead = awaitKey(Topics.ENRICH_DEAD_LETTER, key);
        assertThat(new String(dead.headers().lastHeader(Topics.DEAD_LETTER_REASON_HEADER).value(), StandardCharsets.UTF_8))
                .contains("/source").contains("/id");
    }

    @Test
    void shouldDeadLetterAOneMegabyteRecordByReferenceAndKeepGoing() throws Exception {
        // A valid raw event far over the contract (it reached the topic without ingest): its enriched event would not
        // fit Kafka's record limit, and a copy of it plus the reason headers would not fit the dead-letter topic.
        RawArticle huge = TestArticles.withBody("Olaf Scholz spoke. ".repeat(54_700));
        byte[] value = mapper.writeValueAsBytes(huge);
        assertThat(value.length).isBetween(1_030_000, 1_045_000);
        kafka.produce(String.class, byte[].class).fromRecords(new ProducerRecord<>(Topics.RAW, huge.id(), value))
                .awaitCompletion(Duration.ofSeconds(30));
        RawArticle next = TestArticles.withBody("The striker scored twice as the club won the league match on Saturday.");
        send(next.id(), mapper.writeValueAsString(next));

        ConsumerRecord<String, String> dead = awaitKey(Topics.ENRICH_DEAD_LETTER, huge.id());
        assertThat(new String(dead.headers().lastHeader(DeadLetters.BY_REFERENCE_HEADER).value(), StandardCharsets.UTF_8)).isEqualTo("true");
        JsonNode reference = mapper.readTree(dead.value());
        assertThat(reference.get("bytes").asInt()).isEqualTo(value.length);
        assertThat(reference.get("key").asText()).isEqualTo(huge.id());
        assertThat(reference.get("sha256").asText()).hasSize(64);
        assertThat(new String(dead.headers().lastHeader(Topics.DEAD_LETTER_REASON_HEADER).value(), StandardCharsets.UTF_8))
                .contains("bytes");
        assertThat(awaitKey(Topics.ENRICHED, next.id()).value()).contains("medtop:15000000");
    }

    @Test
    void shouldDeadLetterARawEventTheStoreCouldNotHold() throws Exception {
        RawArticle withNul = TestArticles.withBody("A body with a \u0000 inside.");
        send(withNul.id(), mapper.writeValueAsString(withNul));

        ConsumerRecord<String, String> dead = awaitKey(Topics.ENRICH_DEAD_LETTER, withNul.id());
        assertThat(new String(dead.headers().lastHeader(Topics.DEAD_LETTER_REASON_HEADER).value(), StandardCharsets.UTF_8))
                .contains("/body").contains("U+0000");
    }

    private void send(String key, String value) {
        kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.RAW, key, value)).awaitCompletion(Duration.ofSeconds(30));
    }

    private ConsumerRecord<String, String> awaitKey(String topic, String key) {
        try (ConsumerTask<String, String> task = kafka.consumeStrings().fromTopics(topic)) {
            return await().atMost(Duration.ofSeconds(60)).until(
                    () -> task.getRecords().stream().filter(r -> key.equals(r.key())).findFirst().orElse(null),
                    r -> r != null);
        }
    }
}
