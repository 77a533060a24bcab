package io.newsroom.enrich.enrichment;

import io.newsroom.nlp.analysis.Analysis;
import io.newsroom.nlp.analysis.Category;
import io.newsroom.nlp.analysis.Entity;
import io.newsroom.nlp.analysis.Mention;
import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.schemas.EnrichedArticle.EntityType;
import io.newsroom.schemas.PubStatus;
import io.newsroom.schemas.RawArticle;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one mapping of the service, as a plain function: the engine's analysis of a raw article → the enriched event
 * (no Quarkus, no engine: the analysis is given).
 */
class ArticleEnrichmentTest {

    private static final Instant ENRICHED_AT = Instant.parse("2026-11-30T01:00:00Z");

    private static RawArticle raw(String language) {
        return new RawArticle("a1", "test-wire", "s1", "https://test-wire.example/s1", 3, "Tokayev meets Xi",
                "<p>President Kassym-Jomart Tokayev met Xi Jinping.</p>", language, null,
                Instant.parse("2026-11-26T10:00:00Z"), null, List.of("A. Writer"), PubStatus.USABLE,
                Instant.parse("2026-11-26T10:00:01Z"));
    }

    private static Analysis analysis() {
        return new Analysis("en", "President Kassym-Jomart Tokayev met Xi Jinping.",
                List.of(new Category("medtop:11000000", "politics", 0.87654), new Category("medtop:04000000", "economy", -0.2)),
                List.of(new Entity("PERSON", "Kassym-Jomart Tokayev", "wikidata:Q168643", "Q168643", 2,
                        List.of(new Mention("headline", 0, 7), new Mention("bodyText", 10, 31)), 1.25)),
                List.of("Tokayev", "Xi Jinping"), "President Kassym-Jomart Tokayev met Xi Jinping.");
    }

    @Test
    void shouldMapTheAnalysisOntoTheEventWithConfidencesRoundedAndClampedToThreeDecimals() {
        EnrichedArticle event = ArticleEnrichment.event(raw(null), analysis(), ENRICHED_AT, "engine/1");

        assertThat(event.id()).isEqualTo("a1");
        assertThat(event.version()).isEqualTo(3);
        assertThat(event.language()).isEqualTo("en");
        assertThat(event.bodyText()).isEqualTo("President Kassym-Jomart Tokayev met Xi Jinping.");
        assertThat(event.categories()).containsExactly(
                new EnrichedArticle.Category("medtop:11000000", "politics", 0.877),
                new EnrichedArticle.Category("medtop:04000000", "economy", 0.0));
        assertThat(event.entities()).containsExactly(new EnrichedArticle.Entity(EntityType.PERSON,
                "Kassym-Jomart Tokayev", "wikidata:Q168643", "Q168643", 2,
                List.of(new EnrichedArticle.Mention("headline", 0, 7), new EnrichedArticle.Mention("bodyText", 10, 31)),
                1.0));
        assertThat(event.keywords()).containsExactly("Tokayev", "Xi Jinping");
        assertThat(event.summary()).isEqualTo("President Kassym-Jomart Tokayev met Xi Jinping.");
        assertThat(event.enrichedAt()).isEqualTo(ENRICHED_AT);
        assertThat(event.enricherVersion()).isEqualTo("engine/1");
    }

    @Test
    void shouldKeepTheLanguageTheSourceDeclaredOverTheDetectedOne() {
        EnrichedArticle event = ArticleEnrichment.event(raw("fr"), analysis(), ENRICHED_AT, "engine/1");

        assertThat(event.language()).isEqualTo("fr");
    }
}
