package io.newsroom.store.service;

import io.newsroom.store.model.ArticleEntity;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Article lookups. Queries are built only from fixed fragments; user text travels as bound parameters.
 * Canceled articles are kept for audit but left out of lists.
 */
@ApplicationScoped
public class ArticleQuery {

    /** Filters of {@code GET /articles}; null means "any". */
    public record Filter(String category, String entity, int limit) {
    }

    @Transactional
    public Optional<io.newsroom.schemas.EnrichedArticle> byId(String id) {
        return ArticleEntity.<ArticleEntity>findByIdOptional(id).map(ArticleMapping::toEvent);
    }

    @Transactional
    public List<io.newsroom.schemas.EnrichedArticle> list(Filter filter) {
        List<String> where = new ArrayList<>(List.of("a.pubStatus <> 'canceled'"));
        Parameters params = new Parameters();
        if (filter.category() != null) {
            where.add("exists (select 1 from ArticleEntity x join x.categories c where x = a and c.code = :category)");
            params.and("category", filter.category());
        }
        if (filter.entity() != null) {
            where.add("exists (select 1 from ArticleEntity y join y.entities e where y = a "
                    + "and (e.key = :entity or lower(e.name) = lower(:entity)))");
            params.and("entity", filter.entity());
        }
        String query = "from ArticleEntity a where " + String.join(" and ", where) + " order by a.sortTime desc, a.id desc";
        return ArticleEntity.<ArticleEntity>find(query, params).page(0, filter.limit()).list().stream()
                .map(ArticleMapping::toEvent)
                .toList();
    }
}
