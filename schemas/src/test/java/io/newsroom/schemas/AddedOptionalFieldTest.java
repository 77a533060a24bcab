package io.newsroom.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsroom.schemas.EventSchemas.Kind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Schema evolution, reader side: a consumer built against the v1 files (EventReader's validation, then the Java
 * records) still reads a raw and an enriched event that a newer producer wrote with an added optional field, at the
 * top level and inside nested objects, and keeps every field it knows. The mapper is Jackson's default, which fails
 * on unknown properties, so the records themselves must be tolerant whatever mapper a consumer uses. What v1 does
 * not allow (a wrong type, a value outside an enum) is still refused.
 */
class AddedOptionalFieldTest {

    /** Jackson's defaults (FAIL_ON_UNKNOWN_PROPERTIES on) plus java.time, as a downstream consumer might build it. */
    private final ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();

    @Test
    void shouldReadARawEventWithAnAddedOptionalField() throws IOException {
        ObjectNode event = sample("raw-article.json");
        event.put("priority", 3);
        event.putObject("embargo").put("until", "2026-11-27T00:00:00Z");

        RawArticle raw = EventReader.read(mapper, bytes(event), Kind.RAW, RawArticle.class);

        assertThat(raw.id()).isEqualTo("0f3c1a9e5b7d4c2a8e6f1b3d5a7c9e0b");
        assertThat(raw.headline()).isEqualTo("EU leaders agree joint gas purchases at Brussels summit");
        assertThat(raw.version()).isEqualTo(2);
    }

    @Test
    void shouldReadAnEnrichedEventWithAddedOptionalFieldsAtEveryLevel() throws IOException {
        ObjectNode event = sample("enriched-article.json");
        event.put("sentiment", -0.2);
        ObjectNode category = (ObjectNode) event.withArray("categories").get(0);
        category.put("scheme", "iptc-2026");
        ObjectNode entity = (ObjectNode) event.withArray("entities").get(0);
        entity.put("salience", 0.7);
        ((ObjectNode) entity.withArray("mentions").get(0)).put("sentence", 0);

        EnrichedArticle enriched = EventReader.read(mapper, bytes(event), Kind.ENRICHED, EnrichedArticle.class);

        assertThat(enriched.categories()).extracting(EnrichedArticle.Category::code).containsExactly(
                category.get("code").asText());
        assertThat(enriched.entities()).extracting(EnrichedArticle.Entity::key)
                .containsExactly("wikidata:Q458", "location:brussels");
        assertThat(enriched.entities().get(0).mentions()).hasSameSizeAs(entity.withArray("mentions"));
        assertThat(enriched.enricherVersion()).isEqualTo(event.get("enricherVersion").asText());
    }

    @Test
    void shouldReadAnOriginalDocumentWithAnAddedOptionalField() throws IOException {
        ObjectNode event = sample("raw-article.json");
        ObjectNode original = event.putObject("original");
        original.put("format", "ninjs").put("version", "2.1").put("receivedVia", "push");
        original.putObject("document").put("uri", "urn:newsml:wire-eu:1");

        RawArticle raw = EventReader.read(mapper, bytes(event), Kind.RAW, RawArticle.class);

        assertThat(raw.original().format()).isEqualTo("ninjs");
        assertThat(raw.original().document().get("uri").asText()).isEqualTo("urn:newsml:wire-eu:1");
    }

    /** A subscriber that binds the records without EventReader (downstream teams): the records ignore additions. */
    @Test
    void shouldBindTheJavaRecordsDirectlyFromAnEventWithAddedFieldsAtEveryLevel() throws IOException {
        ObjectNode event = sample("enriched-article.json");
        event.put("sentiment", -0.2);
        ((ObjectNode) event.withArray("categories").get(0)).put("scheme", "iptc-2026");
        ObjectNode entity = (ObjectNode) event.withArray("entities").get(0);
        entity.put("salience", 0.7);
        ((ObjectNode) entity.withArray("mentions").get(0)).put("sentence", 0);
        ObjectNode original = event.putObject("original");
        original.put("format", "ninjs").put("receivedVia", "push").putObject("document");

        EnrichedArticle enriched = mapper.treeToValue(event, EnrichedArticle.class);

        assertThat(enriched.entities().get(0).mentions().get(0).field()).isEqualTo("headline");
        assertThat(enriched.categories().get(0).label()).isEqualTo("politics");
        assertThat(enriched.original().format()).isEqualTo("ninjs");
    }

    @Test
    void shouldStillRefuseWhatV1DoesNotAllowInAFieldItKnows() throws IOException {
        ObjectNode wrongType = sample("raw-article.json");
        wrongType.put("priority", 3);
        wrongType.put("version", "two");
        ObjectNode newEnumValue = sample("enriched-article.json");
        ((ObjectNode) newEnumValue.withArray("entities").get(0)).put("type", "EVENT");

        assertThatThrownBy(() -> EventReader.read(mapper, bytes(wrongType), Kind.RAW, RawArticle.class))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("/version")
                .hasMessageNotContaining("priority");
        assertThatThrownBy(() -> EventReader.read(mapper, bytes(newEnumValue), Kind.ENRICHED, EnrichedArticle.class))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("/entities/0/type");
    }

    @Test
    void shouldKeepProducersStrictAboutFieldsTheContractDoesNotDeclare() throws IOException {
        ObjectNode event = sample("raw-article.json");
        event.put("priority", 3);

        assertThat(EventSchemas.get().validate(Kind.RAW, event)).extracting(EventSchemas.Violation::field)
                .containsExactly("/priority");
    }

    private byte[] bytes(JsonNode event) throws IOException {
        return mapper.writeValueAsBytes(event);
    }

    private ObjectNode sample(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/samples/" + name)) {
            return (ObjectNode) mapper.readTree(in);
        }
    }
}
