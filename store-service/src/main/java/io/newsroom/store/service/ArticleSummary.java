package io.newsroom.store.service;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.newsroom.schemas.EnrichedArticle.Category;
import io.newsroom.store.model.ArticleEntity;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** An article in a list or on the stream: everything but the bodies; {@code snippet} only for text queries. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleSummary(String id, int version, String source, String url, String headline, String summary,
                             String language, @JsonFormat(shape = JsonFormat.Shape.STRING) Instant published,
                             @JsonFormat(shape = JsonFormat.Shape.STRING) Instant versionCreated, String pubStatus,
                             List<Category> categories, List<EntityRef> entities, String snippet) {

    /** An entity as listed with an article. */
    public record EntityRef(String key, String name, String type, String wikidataId, int mentionCount) {
    }

    public static ArticleSummary of(ArticleEntity row, String snippet) {
        return new ArticleSummary(row.id, row.version, row.source, row.url, row.headline, row.summary, row.language,
                row.published, row.versionCreated, row.pubStatus,
                row.categories.stream().sorted(Comparator.comparingDouble(c -> -c.confidence))
                        .map(c -> new Category(c.code, c.label, c.confidence)).toList(),
                row.entities.stream().sorted(Comparator.comparingInt(e -> -e.mentionCount))
                        .map(e -> new EntityRef(e.key, e.name, e.type, e.wikidataId, e.mentionCount)).toList(),
                snippet);
    }
}
