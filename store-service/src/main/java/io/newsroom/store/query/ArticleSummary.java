package io.newsroom.store.query;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.newsroom.schemas.EnrichedArticle.Category;

import java.time.Instant;
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
}
