package io.newsroom.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.newsroom.schemas.EnrichedArticle.Category;
import io.newsroom.schemas.EnrichedArticle.Entity;
import io.newsroom.schemas.EnrichedArticle.EntityType;
import io.newsroom.schemas.EnrichedArticle.Mention;
import io.newsroom.schemas.EventSchemas.Kind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Java types serialise to JSON the schema files accept, and read the sample events without loss. */
class JavaTypesMirrorSchemasTest {

    private final ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();

    @Test
    void shouldSerialiseARawArticleThatValidates() {
        JsonNode json = mapper.valueToTree(rawArticle());
        assertThat(EventSchemas.get().validate(Kind.RAW, json)).isEmpty();
        assertThat(json.get("pubStatus").asText()).isEqualTo("usable");
        assertThat(json.get("versionCreated").asText()).isEqualTo("2026-11-26T09:40:00Z");
    }

    @Test
    void shouldSerialiseAnEnrichedArticleThatValidates() {
        EnrichedArticle enriched = EnrichedArticle.of(rawArticle(), "en", "EU leaders met.",
                List.of(new Category("medtop:11000000", "politics", 0.8)),
                List.of(new Entity(EntityType.ORGANIZATION, "European Union", "wikidata:Q458", "Q458", 1,
                        List.of(new Mention(Mention.BODY_TEXT, 0, 2)), 0.9)),
                List.of("summit"), "EU leaders met.", Instant.parse("2026-11-26T09:40:02Z"), "test-1");

        assertThat(EventSchemas.get().validate(Kind.ENRICHED, mapper.valueToTree(enriched))).isEmpty();
    }

    @Test
    void shouldReadTheSampleEnrichedEventBackToTheSameJson() throws IOException {
        JsonNode sample;
        try (InputStream in = getClass().getResourceAsStream("/samples/enriched-article.json")) {
            sample = mapper.readTree(in);
        }
        EnrichedArticle article = mapper.treeToValue(sample, EnrichedArticle.class);

        assertThat(article.entities()).extracting(Entity::key).containsExactly("wikidata:Q458", "location:brussels");
        assertThat((JsonNode) mapper.valueToTree(article)).isEqualTo(sample);
    }

    @Test
    void shouldKeepTheOriginalDocumentInRawAndEnrichedEventsThatValidate() throws IOException {
        JsonNode ninjs = mapper.readTree("{\"uri\":\"urn:newsml:wire-eu:1\",\"version\":\"2\",\"subjects\":[{\"name\":\"energy\"}]}");
        RawArticle base = rawArticle();
        RawArticle raw = new RawArticle(base.id(), base.source(), base.sourceId(), base.url(), 2, base.headline(),
                base.body(), "en", null, base.versionCreated(), null, base.authors(), PubStatus.USABLE,
                base.ingestedAt(), new OriginalDocument(OriginalDocument.NINJS, "2.1", ninjs));
        JsonNode json = mapper.valueToTree(raw);
        assertThat(EventSchemas.get().validate(Kind.RAW, json)).isEmpty();
        assertThat(json.at("/original/document/subjects/0/name").asText()).isEqualTo("energy");
        assertThat(mapper.treeToValue(json, RawArticle.class)).isEqualTo(raw);

        EnrichedArticle enriched = EnrichedArticle.of(raw, "en", "EU leaders met.", List.of(), List.of(), List.of(),
                null, Instant.parse("2026-11-26T09:40:02Z"), "test-1");
        assertThat(enriched.original()).isEqualTo(raw.original());
        assertThat(EventSchemas.get().validate(Kind.ENRICHED, mapper.valueToTree(enriched))).isEmpty();
        assertThat(mapper.valueToTree(rawArticle()).has("original")).as("absent, not null, when there is none").isFalse();
    }

    @Test
    void shouldSerialiseAnArticleWithoutUrlThatValidatesAndReadsBack() throws IOException {
        RawArticle base = rawArticle();
        RawArticle raw = new RawArticle(ArticleIds.derive("wire-eu", "urn:newsml:wire-eu:7", null), "wire-eu",
                "urn:newsml:wire-eu:7", null, 1, base.headline(), base.body(), null, null, base.versionCreated(), null,
                base.authors(), PubStatus.USABLE, base.ingestedAt());
        JsonNode json = mapper.valueToTree(raw);

        assertThat(EventSchemas.get().validate(Kind.RAW, json)).isEmpty();
        assertThat(mapper.treeToValue(json, RawArticle.class).url()).isNull();
    }

    static RawArticle rawArticle() {
        return new RawArticle(ArticleIds.derive("wire-eu", "brx-1042", "https://wire-eu.example/a"), "wire-eu",
                "brx-1042", "https://wire-eu.example/a", 1, "EU leaders meet", "EU leaders met.", null, null,
                Instant.parse("2026-11-26T09:40:00Z"), null, List.of("Anna Keller"), PubStatus.USABLE,
                Instant.parse("2026-11-26T09:40:01Z"));
    }
}
