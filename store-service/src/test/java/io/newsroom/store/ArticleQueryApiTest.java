package io.newsroom.store;

import io.newsroom.infra.quarkus.KafkaResource;
import io.newsroom.infra.quarkus.PostgresResource;
import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.schemas.EnrichedArticle.EntityType;
import io.newsroom.support.http.Problem;
import io.newsroom.schemas.PubStatus;
import io.newsroom.store.write.ArticleUpsert;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static io.newsroom.store.EnrichedEvents.builder;
import static io.newsroom.store.EnrichedEvents.uniqueId;
import static io.newsroom.store.EnrichedEvents.uniqueSource;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * The query API on the real database: each filter, full-text search with snippets, cursor pagination that
 * stays stable while articles are being stored, facets, cancellation (410, hidden from lists) and ninjs.
 */
@QuarkusTest
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class ArticleQueryApiTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Inject
    ArticleUpsert upsert;

    @Test
    void shouldFilterBySourceLanguageEntityTypeAndTimeRange() {
        String source = uniqueSource();
        EnrichedArticle english = store(builder(uniqueId()).source(source).published(NOW.minusSeconds(7200))
                .entity(EntityType.ORGANIZATION, "Acme Rail", null));
        EnrichedArticle french = store(builder(uniqueId()).source(source).language("fr").published(NOW.minusSeconds(60))
                .entity(EntityType.PERSON, "Claire Martin", null));

        given().queryParam("source", source).get("/articles").then().statusCode(200)
                .body("items.id", contains(french.id(), english.id()));
        given().queryParam("source", source).queryParam("language", "fr").get("/articles").then()
                .body("items.id", contains(french.id()));
        given().queryParam("source", source).queryParam("entityType", "organization").get("/articles").then()
                .body("items.id", contains(english.id()));
        given().queryParam("source", source).queryParam("from", NOW.minusSeconds(3600).toString()).get("/articles").then()
                .body("items.id", contains(french.id()));
        given().queryParam("source", source).queryParam("to", NOW.minusSeconds(3600).toString()).get("/articles").then()
                .body("items.id", contains(english.id()));
    }

    @Test
    void shouldIncludeChildrenWhenFilteringByATopLevelCategory() {
        String source = uniqueSource();
        EnrichedArticle child = store(builder(uniqueId()).source(source).category("medtop:20001108"));
        EnrichedArticle other = store(builder(uniqueId()).source(source).category("medtop:11000000"));

        given().queryParam("source", source).queryParam("category", "medtop:15000000").get("/articles").then()
                .statusCode(200).body("items.id", contains(child.id()));
        given().queryParam("source", source).queryParam("category", "medtop:20001108").get("/articles").then()
                .body("items.id", contains(child.id()));
        assertThat(other.id()).isNotEqualTo(child.id());
    }

    @Test
    void shouldRankFullTextMatchesAndHighlightThemSafely() {
        String source = uniqueSource();
        EnrichedArticle strong = store(builder(uniqueId()).source(source).headline("Glaciers retreat in the Alps")
                .body("Scientists measured how glaciers retreat faster every summer. <script>alert(1)</script>"));
        EnrichedArticle weak = store(builder(uniqueId()).source(source).headline("Tourism report")
                .body("Hotels near a glacier reported more visitors."));
        store(builder(uniqueId()).source(source).headline("Football").body("A match report."));

        Response response = given().queryParam("source", source).queryParam("q", "glacier").get("/articles");
        response.then().statusCode(200).body("items.id", contains(strong.id(), weak.id()));
        String snippet = response.path("items[0].snippet");
        assertThat(snippet).contains("<mark>").doesNotContain("<script>");
    }

    @Test
    void shouldTreatHostileSearchTextAsTextAndRefuseOversizedText() {
        given().queryParam("q", "'; DROP TABLE article; -- \"unclosed").get("/articles").then().statusCode(200);
        given().queryParam("q", "x".repeat(201)).get("/articles").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE).body("errors.field", hasItem("q"));
        given().queryParam("entity", "%").queryParam("source", uniqueSource()).get("/articles").then()
                .statusCode(200).body("items", empty());
    }

    @Test
    void shouldPageWithoutGapsOrRepeatsWhileArticlesAreStored() throws Exception {
        String source = uniqueSource();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            expected.add(0, store(builder(uniqueId()).source(source).published(NOW.minusSeconds(1000 - i))).id());
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        CompletableFuture<Void> concurrent = null;
        do {
            var request = given().queryParam("source", source).queryParam("limit", 10);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/articles");
            page.then().statusCode(200);
            seen.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
            if (concurrent == null) {
                // Newer articles arrive while the reader pages: they belong before page 1, never inside the walk.
                concurrent = CompletableFuture.runAsync(() -> {
                    for (int i = 0; i < 5; i++) {
                        store(builder(uniqueId()).source(source).published(NOW));
                    }
                });
                concurrent.get();
            }
        } while (cursor != null);

        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void shouldPageAnEntitysArticlesNewestFirstWithinATimeRangeAndCategory() {
        String name = "Keyed " + uniqueId().substring(0, 8);
        List<String> newestFirst = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            newestFirst.add(0, store(builder(uniqueId()).published(NOW.minusSeconds(5000 - 100L * i))
                    .category(i % 2 == 0 ? "medtop:15000000" : "medtop:11000000")
                    .entity(EntityType.PERSON, name, null)).id());
        }
        store(builder(uniqueId()).published(NOW).entity(EntityType.PERSON, "Someone Else " + name, null));
        String key = "person:" + name.toLowerCase().replace(' ', '-');

        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("entity", key).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/articles");
            page.then().statusCode(200);
            paged.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertThat(paged).containsExactlyElementsOf(newestFirst);

        given().queryParam("entity", key).queryParam("category", "medtop:15000000")
                .queryParam("from", NOW.minusSeconds(4950).toString()).get("/articles").then().statusCode(200)
                .body("items.id", contains(newestFirst.get(0), newestFirst.get(2)));
    }

    @Test
    void shouldRefuseMalformedOrMismatchedCursors() {
        given().queryParam("cursor", "not-a-cursor").get("/articles").then().statusCode(400)
                .body("errors.field", hasItem("cursor"));
        String source = uniqueSource();
        store(builder(uniqueId()).source(source));
        store(builder(uniqueId()).source(source));
        String cursor = given().queryParam("source", source).queryParam("limit", 1).get("/articles").path("nextCursor");
        given().queryParam("cursor", cursor).queryParam("q", "anything").get("/articles").then().statusCode(400)
                .body("errors[0].message", containsString("without 'q'"));
    }

    @Test
    void shouldCountFacetsForTheCurrentFilter() {
        String source = uniqueSource();
        store(builder(uniqueId()).source(source).category("medtop:15000000").entity(EntityType.PERSON, "Facet Person", null));
        store(builder(uniqueId()).source(source).category("medtop:15000000").entity(EntityType.PERSON, "Facet Person", null)
                .entity(EntityType.LOCATION, "Facetville", null));
        store(builder(uniqueId()).source(source).language("de"));

        given().queryParam("source", source).queryParam("facets", true).get("/articles").then().statusCode(200)
                .body("facets.languages.value", contains("en", "de"))
                .body("facets.languages.count", contains(2, 1))
                .body("facets.categories[0].value", equalTo("medtop:15000000"))
                .body("facets.categories[0].count", equalTo(2))
                .body("facets.entities[0].label", equalTo("Facet Person"))
                .body("facets.entities[0].count", equalTo(2))
                .body("facets.entityTypes.value", hasItems("PERSON", "LOCATION"))
                .body("facets.sources[0].value", equalTo(source))
                .body("facets.exact", equalTo(true));
        given().queryParam("source", source).get("/articles").then().body("facets", nullValue());
    }

    @Test
    void shouldCountTheDateRangeFacetByMonthThenByDayAsTheRangeNarrows() {
        String source = uniqueSource();
        store(builder(uniqueId()).source(source).published(Instant.parse("2026-09-03T08:00:00Z")));
        store(builder(uniqueId()).source(source).published(Instant.parse("2026-09-20T23:30:00Z")));
        store(builder(uniqueId()).source(source).published(Instant.parse("2026-11-05T12:00:00Z")));

        given().queryParam("source", source).queryParam("facets", true).get("/articles").then().statusCode(200)
                .body("facets.published.value", contains("2026-11", "2026-09"))
                .body("facets.published.count", contains(1, 2))
                .body("facets.published[1].from", equalTo("2026-09-01"))
                .body("facets.published[1].to", equalTo("2026-10-01"));
        // The period's own bounds narrow the list to it, and the facet then counts by day (UTC).
        given().queryParam("source", source).queryParam("facets", true).queryParam("from", "2026-09-01")
                .queryParam("to", "2026-10-01").get("/articles").then().statusCode(200)
                .body("items", hasSize(2))
                .body("facets.published.value", contains("2026-09-20", "2026-09-03"))
                .body("facets.published.to", contains("2026-09-21", "2026-09-04"));
    }

    @Test
    void shouldAnswer410ForACanceledArticleAndHideItFromLists() {
        String sourceId = uniqueId();
        String source = uniqueSource();
        EnrichedArticle usable = store(builder(sourceId).source(source).version(1));
        given().get("/articles/" + usable.id()).then().statusCode(200);

        store(builder(sourceId).source(source).version(2).status(PubStatus.CANCELED));

        String gone = given().get("/articles/" + usable.id()).then().statusCode(410)
                .contentType(Problem.MEDIA_TYPE)
                .body("canceledAt", notNullValue())
                .extract().asString();
        // The whole document, byte for byte: a problem whose extension member canceledAt comes last.
        String canceledAt = io.restassured.path.json.JsonPath.from(gone).getString("canceledAt");
        assertThat(Instant.parse(canceledAt)).isNotNull();
        assertThat(gone).isEqualTo("{\"type\":\"https://newsroom.io/problems/canceled\",\"title\":\"Canceled\",\"status\":410,"
                + "\"detail\":\"Article " + usable.id() + " was canceled at " + canceledAt + "\",\"instance\":\"/articles/"
                + usable.id() + "\",\"canceledAt\":\"" + canceledAt + "\"}");
        given().queryParam("source", source).get("/articles").then().body("items", empty());
    }

    @Test
    void shouldServeNinjsWhenAskedFor() {
        EnrichedArticle article = store(builder(uniqueId()).headline("Ninjs headline").category("medtop:11000000")
                .entity(EntityType.PERSON, "Olaf Scholz", "Q61053").entity(EntityType.LOCATION, "Berlin", "Q64"));

        given().accept("application/ninjs+json").get("/articles/" + article.id()).then().statusCode(200)
                .contentType("application/ninjs+json")
                .body("uri", equalTo("urn:newsroom:article:" + article.id()))
                .body("headlines[0].value", equalTo("Ninjs headline"))
                .body("subjects.uri", hasItem("http://cv.iptc.org/newscodes/mediatopic/11000000"))
                .body("people[0].uri", equalTo("http://www.wikidata.org/entity/Q61053"))
                .body("places[0].name", equalTo("Berlin"));
        given().accept("application/json").get("/articles/" + article.id()).then().statusCode(200)
                .body("headline", equalTo("Ninjs headline")).body("uri", not(notNullValue()));
    }

    private EnrichedArticle store(EnrichedEvents.Builder builder) {
        EnrichedArticle article = builder.build();
        upsert.upsert(article);
        return article;
    }
}
