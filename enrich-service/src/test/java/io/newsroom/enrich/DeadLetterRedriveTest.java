package io.newsroom.enrich;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.newsroom.infra.quarkus.KafkaCompanionTest;
import io.newsroom.infra.quarkus.KafkaResource;
import io.newsroom.schemas.ArticleIds;
import io.newsroom.support.deadletter.DeadLetterRedrive;
import io.newsroom.support.http.Problem;
import io.newsroom.schemas.PubStatus;
import io.newsroom.schemas.RawArticle;
import io.newsroom.schemas.Topics;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * {@code POST /admin/dead-letters/redrive} on the real broker: letters of news.dlq.enrich-service.v1 go back onto
 * news.articles.raw.v1 without their dead-letter headers and are processed again (a letter that can be processed
 * now is enriched, a record that is still poison is dead-lettered anew), letters kept only by reference are
 * skipped, progress is remembered, and the endpoint needs the admin key; another method is a 405 naming POST.
 */
@QuarkusTest
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
class DeadLetterRedriveTest extends KafkaCompanionTest {

    /** The key whose hash %test.newsroom.admin.key-hash holds. */
    private static final String KEY = "test-admin-key";

    private final ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();

    @Test
    void shouldRedriveDeadLettersSoTheyAreProcessedAgainAndRememberWhereItStopped() throws Exception {
        // A record enrich-service really dead-letters ...
        String poisonKey = "poison-" + UUID.randomUUID();
        kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.RAW, poisonKey, "{\"not\": json"))
                .awaitCompletion(Duration.ofSeconds(30));
        ConsumerRecord<String, String> dead = first(Topics.ENRICH_DEAD_LETTER, r -> poisonKey.equals(r.key()));
        int partition = dead.partition();
        // ... then, on the same partition, a letter whose cause has been fixed, and one kept only by reference.
        RawArticle fixed = raw();
        RecordHeaders headers = new RecordHeaders();
        headers.add("article-id", utf8(fixed.id()));
        headers.add(Topics.DEAD_LETTER_REASON_HEADER, utf8("a bug since fixed"));
        headers.add("dead-letter-topic", utf8(Topics.RAW));
        long fixedOffset = produce(new ProducerRecord<>(Topics.ENRICH_DEAD_LETTER, partition, fixed.id(),
                mapper.writeValueAsString(fixed), headers));
        RecordHeaders reference = new RecordHeaders();
        reference.add(io.newsroom.schemas.DeadLetters.BY_REFERENCE_HEADER, utf8("true"));
        long referenceOffset = produce(new ProducerRecord<>(Topics.ENRICH_DEAD_LETTER, partition, "ref-" + UUID.randomUUID(),
                "{\"topic\":\"news.articles.raw.v1\",\"offset\":1}", reference));

        admin().queryParam("partition", partition).queryParam("from", dead.offset()).queryParam("to", referenceOffset)
                .post("/admin/dead-letters/redrive").then().statusCode(200)
                .body("redriven", equalTo(2)).body("skipped", equalTo(1))
                .body("partitions[0].firstOffset", equalTo((int) dead.offset()))
                .body("partitions[0].lastOffset", equalTo((int) referenceOffset))
                .body("partitions[0].nextOffset", equalTo((int) referenceOffset + 1));

        ConsumerRecord<String, String> enriched = first(Topics.ENRICHED, r -> fixed.id().equals(r.key()));
        assertThat(mapper.readTree(enriched.value()).get("headline").asText()).isEqualTo(fixed.headline());
        ConsumerRecord<String, String> redriven = first(Topics.RAW, r -> fixed.id().equals(r.key()));
        assertThat(redriven.value()).isEqualTo(mapper.writeValueAsString(fixed));
        assertThat(redriven.headers().lastHeader("article-id")).isNotNull();
        assertThat(redriven.headers().toArray()).noneMatch(h -> h.key().startsWith("dead-letter-"));
        // The poison record was processed again: dead-lettered a second time, after the letters re-driven.
        assertThat(first(Topics.ENRICH_DEAD_LETTER, r -> poisonKey.equals(r.key()) && r.offset() > fixedOffset))
                .isNotNull();
        // The range is done: without from, the next call starts after it.
        admin().queryParam("partition", partition).queryParam("to", referenceOffset)
                .post("/admin/dead-letters/redrive").then().statusCode(200).body("redriven", equalTo(0));
    }

    @Test
    void shouldRefuseRedriveWithoutTheAdminKey() {
        given().post("/admin/dead-letters/redrive").then().statusCode(401).contentType(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", notNullValue());
        given().header("Authorization", "Bearer not-the-key").post("/admin/dead-letters/redrive")
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE);
        admin().queryParam("limit", "many").post("/admin/dead-letters/redrive").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE).body("errors[0].field", equalTo("limit"));
    }

    @Test
    void shouldNameTheAllowedMethodsOfA405() {
        // RFC 9110 (15.5.6): a 405 says which methods the resource takes; RESTEasy Reactive's own refusal does not.
        admin().get("/admin/dead-letters/redrive").then().statusCode(405).contentType(Problem.MEDIA_TYPE)
                .header("Allow", equalTo("OPTIONS, POST"))
                .body("type", equalTo(Problem.TYPE_BASE + "method-not-allowed"))
                .body("instance", equalTo("/admin/dead-letters/redrive"));
    }

    private static RequestSpecification admin() {
        return given().header("Authorization", "Bearer " + KEY);
    }

    private ConsumerRecord<String, String> first(String topic, Predicate<ConsumerRecord<String, String>> wanted) {
        try (ConsumerTask<String, String> task = kafka.consumeStrings().fromTopics(topic)) {
            return await().atMost(Duration.ofSeconds(60)).until(
                    () -> task.getRecords().stream().filter(wanted).findFirst().orElse(null), r -> r != null);
        }
    }

    private long produce(ProducerRecord<String, String> record) {
        return kafka.produceStrings().fromRecords(record).awaitCompletion(Duration.ofSeconds(30)).getLastRecord().offset();
    }

    private static RawArticle raw() {
        String sourceId = UUID.randomUUID().toString();
        return new RawArticle(ArticleIds.derive("test-wire", sourceId, null), "test-wire", sourceId, null, 1,
                "Union leaders meet the minister", "Union leaders met the labour minister in London on Monday.", null,
                null, Instant.parse("2026-11-26T10:00:00Z"), null, List.of(), PubStatus.USABLE, Instant.now());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
