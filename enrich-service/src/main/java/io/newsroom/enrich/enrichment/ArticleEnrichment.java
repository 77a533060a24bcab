package io.newsroom.enrich.enrichment;

import io.newsroom.nlp.analysis.Analysis;
import io.newsroom.nlp.NewsTagger;
import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.schemas.EnrichedArticle.Category;
import io.newsroom.schemas.EnrichedArticle.Entity;
import io.newsroom.schemas.EnrichedArticle.EntityType;
import io.newsroom.schemas.EnrichedArticle.Mention;
import io.newsroom.schemas.RawArticle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;

/**
 * Raw article → enriched article: the engine (nlp-engine: trained NER, gazetteer linking, IPTC topics) analyses the
 * text, and {@link #event} turns its analysis into the event in one step. A language the source declared wins over
 * the detected one, and chooses the path a text too thin to detect takes (a short French article declared so is tagged as French).
 */
@ApplicationScoped
public class ArticleEnrichment {

    @Inject
    NewsTagger engine;

    Clock clock = Clock.systemUTC();

    public EnrichedArticle enrich(RawArticle raw) {
        return event(raw, engine.analyze(raw.headline(), raw.body(), raw.language()), clock.instant(), NewsTagger.version());
    }

    /** The enriched event of {@code raw}, from the engine's {@code analysis}; {@code version} names the engine. */
    public static EnrichedArticle event(RawArticle raw, Analysis analysis, Instant enrichedAt, String version) {
        String language = raw.language() != null ? raw.language() : analysis.language();
        return EnrichedArticle.of(raw, language, analysis.bodyText(),
                analysis.categories().stream().map(c -> new Category(c.code(), c.label(), round(c.confidence()))).toList(),
                analysis.entities().stream().map(ArticleEnrichment::entity).toList(),
                analysis.keywords(), analysis.summary(), enrichedAt, version);
    }

    private static Entity entity(io.newsroom.nlp.analysis.Entity e) {
        return new Entity(EntityType.valueOf(e.type()), e.name(), e.key(), e.wikidataId(), e.mentionCount(),
                e.mentions().stream().map(m -> new Mention(m.field(), m.start(), m.end())).toList(),
                round(e.confidence()));
    }

    /** Three decimals are all a confidence is worth, and keep the events small. */
    private static double round(double confidence) {
        return Math.round(Math.max(0, Math.min(1, confidence)) * 1000) / 1000.0;
    }
}
