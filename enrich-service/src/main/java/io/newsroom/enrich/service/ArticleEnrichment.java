package io.newsroom.enrich.service;

import io.newsroom.enrich.tagging.ArticleTagger;
import io.newsroom.enrich.tagging.Tags;
import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.schemas.RawArticle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;

/** Raw article → enriched article. A language the source declared wins over the detected one. */
@ApplicationScoped
public class ArticleEnrichment {

    @Inject
    ArticleTagger tagger;

    Clock clock = Clock.systemUTC();

    public EnrichedArticle enrich(RawArticle raw) {
        Tags tags = tagger.tag(raw.headline(), raw.body());
        String language = raw.language() != null ? raw.language() : tags.language();
        return EnrichedArticle.of(raw, language, tags.bodyText(), tags.categories(), tags.entities(), tags.keywords(),
                tags.summary(), clock.instant(), tagger.version());
    }
}
