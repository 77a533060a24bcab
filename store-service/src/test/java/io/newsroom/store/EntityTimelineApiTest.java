package io.newsroom.store;

import io.newsroom.infra.quarkus.KafkaResource;
import io.newsroom.infra.quarkus.PostgresResource;
import io.newsroom.schemas.EnrichedArticle.EntityType;
import io.newsroom.schemas.PubStatus;
import io.newsroom.store.write.ArticleUpsert;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.newsroom.store.EnrichedEvents.builder;
import static io.newsroom.store.EnrichedEvents.uniqueId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * The entity timeline behind the chart of an entity page: visible articles per UTC day of publication over the last
 * days, every day listed, and problem+json answers for an unknown entity and bad parameters.
 */
@QuarkusTest
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class EntityTimelineApiTest {

    @Inject
    ArticleUpsert upsert;

    @Test
    void shouldCountVisibleArticlesPerDayOverTheLastDays() {
        String person = "Timeline " + uniqueId().substring(0, 8);
        String key = "person:" + person.toLowerCase().replace(' ', '-');
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Instant yesterdayNoon = today.minusDays(1).atTime(12, 0).toInstant(ZoneOffset.UTC);
        Instant tenDaysAgo = today.minusDays(10).atTime(8, 0).toInstant(ZoneOffset.UTC);
        upsert.upsert(builder(uniqueId()).entity(EntityType.PERSON, person, null).published(yesterdayNoon).build());
        upsert.upsert(builder(uniqueId()).entity(EntityType.PERSON, person, null).published(yesterdayNoon.plusSeconds(60)).build());
        upsert.upsert(builder(uniqueId()).entity(EntityType.PERSON, person, null).published(tenDaysAgo).build());
        upsert.upsert(builder(uniqueId()).entity(EntityType.PERSON, person, null).published(tenDaysAgo.minusSeconds(86_400L * 100)).build());
        String canceled = uniqueId();
        upsert.upsert(builder(canceled).entity(EntityType.PERSON, person, null).published(yesterdayNoon).build());
        upsert.upsert(builder(canceled).version(2).status(PubStatus.CANCELED).entity(EntityType.PERSON, person, null)
                .published(yesterdayNoon).build());

        JsonPath timeline = given().queryParam("days", 30).get("/entities/" + key + "/timeline").then().statusCode(200)
                .body("key", equalTo(key)).body("days", equalTo(30))
                .body("to", equalTo(today.toString())).body("from", equalTo(today.minusDays(29).toString()))
                .extract().jsonPath();
        List<Map<String, Object>> points = timeline.getList("points");
        assertThat(points).hasSize(30);
        assertThat(points.get(29)).containsEntry("date", today.toString()).containsEntry("count", 0);
        assertThat(points.get(28)).containsEntry("date", today.minusDays(1).toString()).containsEntry("count", 2);
        assertThat(points.get(19)).containsEntry("date", today.minusDays(10).toString()).containsEntry("count", 1);
        assertThat(timeline.getInt("total")).as("the canceled article and the one 110 days ago are not counted").isEqualTo(3);

        given().get("/entities/" + key + "/timeline").then().statusCode(200)
                .body("days", equalTo(90)).body("points.size()", equalTo(90));
    }

    @Test
    void shouldAnswerProblemsForAnUnknownEntityAndBadParameters() {
        given().get("/entities/person:nobody-" + uniqueId() + "/timeline").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        String person = "Timeline " + uniqueId().substring(0, 8);
        upsert.upsert(builder(uniqueId()).entity(EntityType.PERSON, person, null).build());
        String key = "person:" + person.toLowerCase().replace(' ', '-');
        for (String days : List.of("0", "367", "ten", "-1")) {
            given().queryParam("days", days).get("/entities/" + key + "/timeline").then().statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("errors.field", contains("days"));
        }
        given().queryParam("from", "2026-01-01").queryParam("days", "0").get("/entities/" + key + "/timeline").then()
                .statusCode(400).body("errors.field", contains("from", "days"));
    }
}
