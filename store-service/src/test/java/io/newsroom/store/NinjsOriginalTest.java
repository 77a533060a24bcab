package io.newsroom.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroom.infra.quarkus.KafkaCompanionTest;
import io.newsroom.infra.quarkus.KafkaResource;
import io.newsroom.infra.quarkus.PostgresResource;
import io.newsroom.schemas.ArticleIds;
import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.schemas.EnrichedArticle.EntityType;
import io.newsroom.schemas.OriginalDocument;
import io.newsroom.schemas.PubStatus;
import io.newsroom.schemas.RawArticle;
import io.newsroom.schemas.Topics;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.newsroom.store.EnrichedEvents.uniqueId;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

/**
 * A story sent as ninjs with only its uri (no public URL, contract 1.2) flows from the enriched topic into the
 * archive, and {@code Accept: application/ninjs+json} serves the source's own document back: its uri, its version,
 * the fields the mapping left out, plus the store's tags.
 */
@QuarkusTest
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class NinjsOriginalTest extends KafkaCompanionTest {

    @Test
    void shouldStoreAUriOnlyNinjsArticleAndServeTheSourcesDocumentBack() throws Exception {
        String uri = "urn:newsml:wire-eu.example:" + uniqueId();
        JsonNode ninjs = EnrichedEvents.JSON.readTree("""
                {"uri":"%s","version":"3","type":"text","rightsinfo":{"langid":"en","linkedrights":"wire only"},
                 "headlines":[{"role":"main","value":"Strike talks resume"}],
                 "subjects":[{"name":"labour dispute","uri":"http://cv.iptc.org/newscodes/mediatopic/20000645"}]}"""
                .formatted(uri));
        EnrichedArticle base = EnrichedEvents.builder(uri).entity(EntityType.PERSON, "Mick Lynch", null).build();
        RawArticle raw = new RawArticle(ArticleIds.derive("wire-eu", uri, null), "wire-eu", uri, null, 3,
                "Strike talks resume", "<p>Talks resumed.</p>", "en", null, Instant.now(), null, List.of(),
                PubStatus.USABLE, Instant.now(), new OriginalDocument(OriginalDocument.NINJS, "2.x", ninjs));
        EnrichedArticle article = EnrichedArticle.of(raw, "en", "Talks resumed.", List.of(), base.entities(),
                List.of("strike"), "Talks resumed.", Instant.now(), "test");
        kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.ENRICHED, article.id(), EnrichedEvents.json(article)))
                .awaitCompletion(Duration.ofSeconds(30));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().get("/articles/" + article.id()).then().statusCode(200)
                        .body("url", nullValue())
                        .body("original.document.uri", equalTo(uri)));
        given().accept("application/ninjs+json").get("/articles/" + article.id()).then().statusCode(200)
                .body("uri", equalTo(uri))
                .body("version", equalTo("3"))
                .body("rightsinfo.linkedrights", equalTo("wire only"))
                .body("links", nullValue())
                .body("subjects.name", hasItems("labour dispute"))
                .body("people.name", hasItems("Mick Lynch"))
                .body("keywords", hasItems("strike"));
    }

    @Test
    void shouldStillGenerateNinjsForAnArticleThatCameAsNativeJson() {
        EnrichedArticle article = EnrichedEvents.builder(uniqueId()).build();
        kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.ENRICHED, article.id(), EnrichedEvents.json(article)))
                .awaitCompletion(Duration.ofSeconds(30));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().accept("application/ninjs+json").get("/articles/" + article.id()).then().statusCode(200)
                        .body("uri", equalTo("urn:newsroom:article:" + article.id()))
                        .body("version", equalTo("1"))
                        .body("links[0].href", equalTo(article.url())));
    }
}
