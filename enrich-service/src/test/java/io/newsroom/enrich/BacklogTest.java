package io.newsroom.enrich;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.newsroom.infra.quarkus.KafkaCompanionTest;
import io.newsroom.infra.quarkus.KafkaResource;
import io.newsroom.schemas.ArticleIds;
import io.newsroom.schemas.PubStatus;
import io.newsroom.schemas.RawArticle;
import io.newsroom.schemas.Topics;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A backlog is normal: thousands of realistic articles waiting on the raw topic are enriched exactly once each, as a
 * read_committed reader sees them, while liveness and readiness stay UP the whole time. (Under SmallRye's throttled
 * commit a backlog once aged records past its limit, marked the channel unhealthy, lost a consumer and enriched 127
 * articles twice; the transactional loops hold at most one poll each.)
 */
@QuarkusTest
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
class BacklogTest extends KafkaCompanionTest {

    private static final int ARTICLES = 2_000;

    private final ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();

    @Test
    void shouldEnrichABacklogOlderThanTheAgeLimitOnceEachWhileStayingHealthy() throws Exception {
        String batch = UUID.randomUUID().toString().substring(0, 8);
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            RawArticle raw = raw(batch + "-" + i, i);
            records.add(new ProducerRecord<>(Topics.RAW, raw.id(), mapper.writeValueAsString(raw)));
        }
        Set<String> ids = records.stream().map(ProducerRecord::key).collect(Collectors.toSet());
        awaitStableGroupOfTwo();
        kafka.produceStrings().fromRecords(records).awaitCompletion(Duration.ofSeconds(60));

        List<String> unhealthy = new ArrayList<>();
        try (ConsumerTask<String, String> enriched = kafka.consumeStrings()
                .withIsolationLevel(IsolationLevel.READ_COMMITTED).fromTopics(Topics.ENRICHED)) {
            await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(250)).until(() -> {
                for (String probe : List.of("/q/health/live", "/q/health/ready")) {
                    int status = given().get(probe).statusCode();
                    if (status != 200) {
                        unhealthy.add(probe + " " + status + " at " + Instant.now());
                    }
                }
                return enriched.getRecords().stream().map(r -> r.key()).filter(ids::contains).distinct().count() == ARTICLES;
            });
            long copies = enriched.getRecords().stream().filter(r -> ids.contains(r.key())).count();
            assertThat(copies).as("enriched events for %d articles", ARTICLES).isEqualTo(ARTICLES);
        }
        assertThat(unhealthy).isEmpty();
    }

    /**
     * Both loops of the instance have joined and own their partitions: the backlog is shared from the start. Until the
     * first member joins, the broker does not know the group at all and says so with an error: that is "not yet".
     */
    private void awaitStableGroupOfTwo() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptionsMatching(e -> e.getCause() instanceof GroupIdNotFoundException).until(() -> {
            ConsumerGroupDescription group = kafka.getOrCreateAdminClient()
                    .describeConsumerGroups(List.of("enrich-service")).all().get().get("enrich-service");
            return group.groupState() == GroupState.STABLE && group.members().size() == 2
                    && group.members().stream().allMatch(m -> !m.assignment().topicPartitions().isEmpty());
        });
    }

    /** A realistic article of about 3 KB, varied so that the engine does real work. */
    private static RawArticle raw(String sourceId, int i) {
        String body = ("<p>BERLIN - Chancellor Olaf Scholz met French President Emmanuel Macron on day " + i
                + " to discuss energy prices, the budget and the war in Ukraine. The two leaders agreed to coordinate gas "
                + "purchases and said the European Commission would present a plan within weeks.</p>"
                + "<p>Economists at Deutsche Bank said inflation would ease in spring, while unions in Hamburg and "
                + "Munich called strikes over wages. The central bank in Frankfurt kept interest rates unchanged.</p>")
                .repeat(5);
        return new RawArticle(ArticleIds.derive("test-wire", sourceId, null), "test-wire", sourceId,
                "https://test-wire.example/" + sourceId, 1, "Scholz and Macron agree on gas purchases " + i, body, null,
                null, Instant.parse("2026-11-26T10:00:00Z"), null, List.of(), PubStatus.USABLE, Instant.now());
    }
}
