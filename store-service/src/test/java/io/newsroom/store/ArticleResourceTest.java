package io.newsroom.store;

import io.newsroom.infra.quarkus.KafkaResource;
import io.newsroom.infra.quarkus.PostgresResource;
import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.schemas.EnrichedArticle.EntityType;
import io.newsroom.support.http.Problem;
import io.newsroom.store.write.ArticleUpsert;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static io.newsroom.store.EnrichedEvents.event;
import static io.newsroom.store.EnrichedEvents.uniqueId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** The query API on the real database: filters, newest first, precise 4xx for bad parameters. */
@QuarkusTest
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class ArticleResourceTest {

    @Inject
    ArticleUpsert upsert;

    @Test
    void shouldFilterByCategoryAndEntityNewestFirst() {
        String person = "Person " + uniqueId().substring(0, 8);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        EnrichedArticle older = event(uniqueId(), 1, "Older sport story", "medtop:15000000", person, now.minusSeconds(3600));
        EnrichedArticle newer = event(uniqueId(), 1, "Newer sport story", "medtop:15000000", person, now);
        EnrichedArticle politics = event(uniqueId(), 1, "Politics story", "medtop:11000000", person, now.minusSeconds(60));
        upsert.upsert(older);
        upsert.upsert(newer);
        upsert.upsert(politics);

        given().queryParam("entity", person).queryParam("category", "medtop:15000000")
                .get("/articles").then().statusCode(200)
                .body("count", equalTo(2))
                .body("items.id", contains(newer.id(), older.id()));
        given().queryParam("entity", person.toUpperCase()).get("/articles").then().statusCode(200)
                .body("items.id", contains(newer.id(), politics.id(), older.id()));
        given().queryParam("entity", newer.entities().get(0).key()).queryParam("limit", 1)
                .get("/articles").then().statusCode(200)
                .body("items.id", contains(newer.id()));
    }

    @Test
    void shouldMatchEveryEntityOfASharedNameOnceAndNarrowItByType() {
        String name = "Jordan " + uniqueId().substring(0, 8);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        EnrichedArticle person = EnrichedEvents.builder(uniqueId()).headline("The player").published(now.minusSeconds(30))
                .entity(EntityType.PERSON, name, null).build();
        EnrichedArticle place = EnrichedEvents.builder(uniqueId()).headline("The country").published(now.minusSeconds(20))
                .entity(EntityType.LOCATION, name, null).build();
        EnrichedArticle both = EnrichedEvents.builder(uniqueId()).headline("The player visits the country").published(now)
                .entity(EntityType.PERSON, name, null).entity(EntityType.LOCATION, name, null).build();
        upsert.upsert(person);
        upsert.upsert(place);
        upsert.upsert(both);

        given().queryParam("entity", name.toLowerCase()).get("/articles").then().statusCode(200)
                .body("items.id", contains(both.id(), place.id(), person.id()));
        given().queryParam("entity", name).queryParam("entityType", "LOCATION").get("/articles").then().statusCode(200)
                .body("items.id", contains(both.id(), place.id()));
        given().queryParam("entity", name + " junior").get("/articles").then().statusCode(200)
                .body("count", equalTo(0));
    }

    @Test
    void shouldAnswer404ProblemForAnUnknownArticle() {
        given().get("/articles/" + "0".repeat(32)).then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE).body("status", equalTo(404));
    }

    @Test
    void shouldRefuseBadParametersNamingEachOne() {
        given().queryParam("limit", 0).queryParam("category", "sport").queryParam("colour", "red")
                .get("/articles").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors.field", hasItems("limit", "category", "colour"));
        given().queryParam("limit", "ten").get("/articles").then().statusCode(400);
        given().get("/articles/not-an-id").then().statusCode(400).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void shouldTreatHostileTextAsData() {
        given().queryParam("entity", "x' OR '1'='1").get("/articles").then().statusCode(200).body("count", equalTo(0));
    }

    @Test
    void shouldDocumentTheQueryApiInOpenApi() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.keySet()", hasItems("/articles", "/articles/{id}", "/articles/stream", "/entities",
                        "/entities/{key}", "/categories"));
    }

    @Test
    void shouldReportReadyWithDatabaseAndKafka() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItems("database"));
    }
}
