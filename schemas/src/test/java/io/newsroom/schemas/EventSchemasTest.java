package io.newsroom.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsroom.schemas.EventSchemas.Kind;
import io.newsroom.schemas.EventSchemas.Violation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema files accept the sample events and name each failing field of a bad one. */
class EventSchemasTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final EventSchemas schemas = EventSchemas.get();

    @Test
    void shouldAcceptTheSampleRawAndEnrichedEvents() throws IOException {
        assertThat(schemas.validate(Kind.RAW, sample("raw-article.json"))).isEmpty();
        assertThat(schemas.validate(Kind.ENRICHED, sample("enriched-article.json"))).isEmpty();
    }

    @Test
    void shouldRejectARawEventAsEnrichedBecauseTheTagsAreMissing() throws IOException {
        assertThat(schemas.validate(Kind.ENRICHED, sample("raw-article.json")))
                .extracting(Violation::field)
                .contains("/categories", "/entities", "/bodyText", "/enrichedAt", "/enricherVersion");
    }

    @Test
    void shouldNameEachFailingField() throws IOException {
        ObjectNode event = (ObjectNode) sample("raw-article.json");
        event.put("version", 0);
        event.put("pubStatus", "published");
        event.put("versionCreated", "yesterday");
        event.remove("headline");
        event.put("colour", "blue");

        assertThat(schemas.validate(Kind.RAW, event))
                .extracting(Violation::field)
                .contains("/version", "/pubStatus", "/versionCreated", "/headline", "/colour");
    }

    @Test
    void shouldRejectAnEntityWithAMalformedKeyOrMention() throws IOException {
        ObjectNode event = (ObjectNode) sample("enriched-article.json");
        ObjectNode entity = (ObjectNode) event.withArray("entities").get(0);
        entity.put("key", "no key with spaces");
        ((ObjectNode) entity.withArray("mentions").get(0)).put("field", "body");

        assertThat(schemas.validate(Kind.ENRICHED, event))
                .extracting(Violation::field)
                .contains("/entities/0/key", "/entities/0/mentions/0/field");
    }

    @Test
    void shouldAcceptARawOrEnrichedEventWithANullOrAbsentUrlSinceContract12() throws IOException {
        ObjectNode withNull = (ObjectNode) sample("raw-article.json");
        withNull.putNull("url");
        ObjectNode absent = (ObjectNode) sample("enriched-article.json");
        absent.remove("url");

        assertThat(schemas.validate(Kind.RAW, withNull)).isEmpty();
        assertThat(schemas.validate(Kind.ENRICHED, absent)).isEmpty();
    }

    @Test
    void shouldStillRefuseAUrlThatIsNotHttpInAnEvent() throws IOException {
        ObjectNode event = (ObjectNode) sample("raw-article.json");
        event.put("url", "urn:newsml:wire-eu:1");

        assertThat(schemas.validate(Kind.RAW, event)).extracting(Violation::field).contains("/url");
    }

    @Test
    void shouldRequireSourceUrlHeadlineAndBodyInASubmission() {
        assertThat(schemas.validate(Kind.SUBMISSION, mapper.createObjectNode()))
                .extracting(Violation::field)
                .containsExactlyInAnyOrder("/source", "/url", "/headline", "/body");
    }

    @Test
    void shouldRejectANonHttpUrlInASubmission() {
        ObjectNode submission = mapper.createObjectNode()
                .put("source", "wire").put("url", "javascript:alert(1)").put("headline", "H").put("body", "B");
        assertThat(schemas.validate(Kind.SUBMISSION, submission)).extracting(Violation::field).containsExactly("/url");
    }

    private JsonNode sample(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/samples/" + name)) {
            return mapper.readTree(in);
        }
    }
}
