package io.newsroom.store.service;

import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.store.model.ArticleEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Loads stored articles for the API, inside a read transaction so their categories and entities load in batches. */
@ApplicationScoped
public class ArticleQuery {

    /** A stored article and, when it was canceled, since when. */
    public record Stored(EnrichedArticle article, Instant canceledAt) {
    }

    @Transactional
    public Optional<Stored> byId(String id) {
        return ArticleEntity.<ArticleEntity>findByIdOptional(id)
                .map(row -> new Stored(ArticleMapping.toEvent(row), row.canceledAt));
    }

    /** Summaries of the hits, in the hits' order. */
    @Transactional
    public List<ArticleSummary> summaries(List<ArticleSearch.Hit> hits) {
        if (hits.isEmpty()) {
            return List.of();
        }
        Map<String, ArticleEntity> rows = ArticleEntity.<ArticleEntity>list("id in ?1", hits.stream().map(ArticleSearch.Hit::id).toList())
                .stream().collect(Collectors.toMap(row -> row.id, Function.identity()));
        return hits.stream()
                .filter(hit -> rows.containsKey(hit.id()))
                .map(hit -> ArticleSummary.of(rows.get(hit.id()), hit.snippet()))
                .toList();
    }
}
