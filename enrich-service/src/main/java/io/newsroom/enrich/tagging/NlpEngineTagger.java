package io.newsroom.enrich.tagging;

import io.newsroom.nlp.Analysis;
import io.newsroom.nlp.NewsTagger;
import io.newsroom.schemas.EnrichedArticle.Category;
import io.newsroom.schemas.EnrichedArticle.Entity;
import io.newsroom.schemas.EnrichedArticle.EntityType;
import io.newsroom.schemas.EnrichedArticle.Mention;

/** The nlp-engine (trained NER, gazetteer linking, IPTC topics) behind the service's tagging port. */
public final class NlpEngineTagger implements ArticleTagger {

    private final NewsTagger engine;

    public NlpEngineTagger(NewsTagger engine) {
        this.engine = engine;
    }

    @Override
    public Tags tag(String headline, String body) {
        Analysis a = engine.analyze(headline, body);
        return new Tags(a.language(), a.bodyText(),
                a.categories().stream().map(c -> new Category(c.code(), c.label(), round(c.confidence()))).toList(),
                a.entities().stream().map(NlpEngineTagger::entity).toList(),
                a.keywords(), a.summary());
    }

    @Override
    public String version() {
        return NewsTagger.version();
    }

    private static Entity entity(io.newsroom.nlp.Entity e) {
        return new Entity(EntityType.valueOf(e.type()), e.name(), e.key(), e.wikidataId(), e.mentionCount(),
                e.mentions().stream().map(m -> new Mention(m.field(), m.start(), m.end())).toList(),
                round(e.confidence()));
    }

    /** Three decimals are all a confidence is worth, and keep the events small. */
    private static double round(double confidence) {
        return Math.round(Math.max(0, Math.min(1, confidence)) * 1000) / 1000.0;
    }
}
