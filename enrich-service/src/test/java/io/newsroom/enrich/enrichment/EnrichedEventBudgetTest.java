package io.newsroom.enrich.enrichment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.schemas.EnrichedArticle.Entity;
import io.newsroom.schemas.EnrichedArticle.EntityType;
import io.newsroom.schemas.EnrichedArticle.Mention;
import io.newsroom.schemas.EventSchemas;
import io.newsroom.schemas.EventSchemas.Kind;
import io.newsroom.schemas.InvalidEventException;
import io.newsroom.schemas.PubStatus;
import io.newsroom.schemas.StorageContract;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The enriched event always fits the contract's size and text rules: tags first, then the body text's tail give way. */
class EnrichedEventBudgetTest {

    private static final String ORIGINAL_BODY = "<p>The original body as the source sent it.</p>";

    private final ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();

    @Test
    void shouldLeaveAnEventWithinTheBudgetUnchanged() throws Exception {
        EnrichedArticle article = article("Short body.", 3, 2);
        byte[] json = new EnrichedEventBudget(mapper).serialise(article);
        assertThat(json).isEqualTo(mapper.writeValueAsBytes(article));
    }

    @Test
    void shouldTrimMentionsThenBodyTextToFitAndStayValid() throws Exception {
        String bodyText = "Olaf Scholz met Emmanuel Macron. ".repeat(3_000);   // ~99,000 characters
        EnrichedArticle article = article(bodyText, 20, 3_000);
        int budget = 60_000;
        assertThat(mapper.writeValueAsBytes(article).length).isGreaterThan(budget);

        byte[] json = new EnrichedEventBudget(mapper, budget).serialise(article);

        assertThat(json.length).isLessThanOrEqualTo(budget);
        JsonNode event = mapper.readTree(json);
        assertThat(EventSchemas.get().validate(Kind.ENRICHED, event)).isEmpty();
        assertThat(event.get("body").asText()).isEqualTo(ORIGINAL_BODY);     // the source's own text is never cut
        String kept = event.get("bodyText").asText();
        assertThat(bodyText).startsWith(kept);
        assertThat(kept.length()).isGreaterThan(1_000);
        assertThat(event.get("entities").get(0).get("mentionCount").asInt()).isEqualTo(3_000);
        assertThat(event.get("entities").get(0).get("mentions").size()).isLessThanOrEqualTo(EnrichedEventBudget.MAX_MENTIONS);
        // Kept mentions point inside the shortened text; at least one is kept, or this would check nothing.
        assertThat(event.findValues("end")).isNotEmpty()
                .allSatisfy(end -> assertThat(end.asInt()).isLessThanOrEqualTo(kept.length()));
    }

    @Test
    void shouldReplaceCharactersTheStoreCannotHoldInDerivedTextKeepingOffsets() throws Exception {
        EnrichedArticle article = article("Tab\u0000bed \ud800 text", 1, 1);
        JsonNode event = mapper.readTree(new EnrichedEventBudget(mapper).serialise(article));
        assertThat(event.get("bodyText").asText()).isEqualTo("Tab\uFFFDbed \uFFFD text");
        assertThat(StorageContract.textProblem(event.get("bodyText").asText())).isNull();
    }

    @Test
    void shouldDropAnEntityTooLongToIndexAsARecognitionError() throws Exception {
        EnrichedArticle article = article("Short body.", 2, 1);
        List<Entity> entities = new java.util.ArrayList<>(article.entities());
        entities.add(new Entity(EntityType.ORGANIZATION, "A".repeat(StorageContract.MAX_ENTITY_CHARS + 1), "organization:a", null,
                1, List.of(), 0.5));
        EnrichedArticle withLong = new EnrichedArticle(article.id(), article.source(), article.sourceId(), article.url(),
                article.version(), article.headline(), article.body(), article.language(), article.firstCreated(),
                article.versionCreated(), article.published(), article.authors(), article.pubStatus(), article.ingestedAt(),
                article.bodyText(), article.categories(), entities, article.keywords(), article.summary(),
                article.enrichedAt(), article.enricherVersion());

        JsonNode event = mapper.readTree(new EnrichedEventBudget(mapper).serialise(withLong));

        assertThat(event.get("entities").findValuesAsText("key")).containsExactly("person:p-0", "person:p-1");
    }

    @Test
    void shouldRefuseWhenTheRawPartAloneIsOverTheBudget() {
        EnrichedArticle article = article("x", 1, 1);
        assertThatThrownBy(() -> new EnrichedEventBudget(mapper, 100).serialise(article))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("bytes");
    }

    private static EnrichedArticle article(String bodyText, int entities, int mentionsEach) {
        List<Entity> tags = IntStream.range(0, entities).mapToObj(i -> new Entity(EntityType.PERSON, "Person " + i,
                "person:p-" + i, null, mentionsEach,
                IntStream.range(0, mentionsEach).mapToObj(m -> new Mention(Mention.BODY_TEXT, (m * 33) % 90_000, (m * 33) % 90_000 + 11)).toList(),
                0.9)).toList();
        return new EnrichedArticle("0123456789abcdef0123456789abcdef", "wire-eu", "s-1", "https://wire-eu.example/1", 1,
                "Headline", ORIGINAL_BODY, "en", null,
                Instant.parse("2026-11-26T10:00:00Z"), null, List.of(), PubStatus.USABLE, Instant.parse("2026-11-26T10:00:01Z"),
                bodyText, List.of(new EnrichedArticle.Category("medtop:11000000", "politics", 0.9)), tags,
                List.of("scholz", "macron"), "Summary.", Instant.parse("2026-11-26T10:00:02Z"), "test-1");
    }
}
