package io.newsroom.store;

import io.newsroom.infra.quarkus.KafkaResource;
import io.newsroom.infra.quarkus.PostgresResource;
import io.newsroom.schemas.EnrichedArticle.EntityType;
import io.newsroom.schemas.PubStatus;
import io.newsroom.store.write.ArticleUpsert;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newsroom.store.EnrichedEvents.builder;
import static io.newsroom.store.EnrichedEvents.uniqueId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Entity pages and the category tree, with counts that follow stores and cancellations. */
@QuarkusTest
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class EntityAndCategoryApiTest {

    @Inject
    ArticleUpsert upsert;

    @Test
    void shouldListEntitiesWithArticleCountsAndShowAnEntityPage() {
        String tag = uniqueId().substring(0, 8);
        String person = "Person " + tag;
        String partner = "Partner " + tag;
        String firstId = uniqueId();
        upsert.upsert(builder(firstId).entity(EntityType.PERSON, person, null).entity(EntityType.ORGANIZATION, partner, null).build());
        upsert.upsert(builder(uniqueId()).entity(EntityType.PERSON, person, null).build());
        String key = "person:" + person.toLowerCase().replace(' ', '-');

        given().queryParam("q", tag).queryParam("type", "person").get("/entities").then().statusCode(200)
                .body("items.key", contains(key))
                .body("items[0].articleCount", equalTo(2));
        given().get("/entities/" + key).then().statusCode(200)
                .body("entity.name", equalTo(person))
                .body("recentArticles", hasSize(2))
                .body("relatedEntities[0].name", equalTo(partner))
                .body("relatedEntities[0].sharedArticles", equalTo(1));

        upsert.upsert(builder(firstId).version(2).status(PubStatus.CANCELED).entity(EntityType.PERSON, person, null).build());
        given().get("/entities/" + key).then().body("entity.articleCount", equalTo(1)).body("recentArticles", hasSize(1));
    }

    @Test
    void shouldAnswer404ForAnUnknownEntityAnd400ForBadParameters() {
        given().get("/entities/person:nobody-" + uniqueId()).then().statusCode(404);
        given().queryParam("type", "ALIEN").queryParam("limit", 0).queryParam("sort", "x").get("/entities").then()
                .statusCode(400).body("errors.field", contains("sort", "type", "limit"));
    }

    @Test
    void shouldCountCategoriesRollingChildrenUpIntoTheirTopLevel() {
        List<Integer> before = sportCounts();
        upsert.upsert(builder(uniqueId()).category("medtop:15000000").build());
        upsert.upsert(builder(uniqueId()).category("medtop:20001108").build());
        upsert.upsert(builder(uniqueId()).category("medtop:15000000").category("medtop:20001108").build());

        List<Integer> after = sportCounts();
        assertThat(after.get(0) - before.get(0)).as("sport, each article once").isEqualTo(3);
        assertThat(after.get(1) - before.get(1)).as("sport event").isEqualTo(2);
        given().get("/categories").then().statusCode(200).body("$", hasSize(17));
    }

    private static List<Integer> sportCounts() {
        var tree = given().get("/categories").then().statusCode(200).extract().jsonPath();
        int sport = tree.getInt("find { it.code == 'medtop:15000000' }.count");
        Integer event = tree.get("find { it.code == 'medtop:15000000' }.children.find { it.code == 'medtop:20001108' }.count");
        return List.of(sport, event == null ? 0 : event);
    }
}
