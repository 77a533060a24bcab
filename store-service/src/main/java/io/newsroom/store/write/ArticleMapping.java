package io.newsroom.store.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.schemas.EnrichedArticle.Category;
import io.newsroom.schemas.EnrichedArticle.Entity;
import io.newsroom.schemas.OriginalDocument;
import io.newsroom.schemas.PubStatus;
import io.newsroom.store.model.ArticleEntity;
import io.newsroom.store.model.CategoryLink;
import io.newsroom.store.model.EntityLink;

import java.time.Instant;

/** Enriched event → stored row (the read path reads the row back in the event's shape: query.ArticleQuery). */
public final class ArticleMapping {

    // Plain Jackson: the original is a JSON tree and two strings, written and read back without any module.
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleMapping() {
    }

    public static void copyInto(EnrichedArticle a, ArticleEntity row, Instant storedAt) {
        row.id = a.id();
        row.source = a.source();
        row.sourceId = a.sourceId();
        row.url = a.url();
        row.version = a.version();
        row.headline = a.headline();
        row.body = a.body();
        row.bodyText = a.bodyText();
        row.language = a.language();
        row.firstCreated = a.firstCreated();
        row.versionCreated = a.versionCreated();
        row.published = a.published();
        row.authors = a.authors().toArray(String[]::new);
        row.pubStatus = a.pubStatus().wireName();
        row.ingestedAt = a.ingestedAt();
        row.keywords = a.keywords().toArray(String[]::new);
        row.summary = a.summary();
        row.enrichedAt = a.enrichedAt();
        row.enricherVersion = a.enricherVersion();
        row.storedAt = storedAt;
        row.sortTime = a.published() != null ? a.published() : a.versionCreated();
        row.canceledAt = a.pubStatus() == PubStatus.CANCELED ? a.versionCreated() : null;
        row.original = a.original() == null ? null : write(a.original());
        // One row per code and per key: a repeated one in the event would break the primary key, first one wins.
        row.categories.clear();
        a.categories().stream().filter(distinctBy(Category::code)).forEach(c -> row.categories.add(categoryLink(c)));
        row.entities.clear();
        a.entities().stream().filter(distinctBy(Entity::key)).forEach(e -> row.entities.add(entityLink(e, row.sortTime)));
    }

    private static String write(OriginalDocument original) {
        try {
            return JSON.writeValueAsString(original);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("original document cannot be written as JSON", e);
        }
    }

    private static <T> java.util.function.Predicate<T> distinctBy(java.util.function.Function<T, String> key) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return item -> seen.add(key.apply(item));
    }

    private static CategoryLink categoryLink(Category c) {
        CategoryLink link = new CategoryLink();
        link.code = c.code();
        link.label = c.label();
        link.confidence = c.confidence();
        return link;
    }

    private static EntityLink entityLink(Entity e, Instant sortTime) {
        EntityLink link = new EntityLink();
        link.sortTime = sortTime;
        link.key = e.key();
        link.type = e.type().name();
        link.name = e.name();
        link.wikidataId = e.wikidataId();
        link.mentionCount = e.mentionCount();
        link.confidence = e.confidence();
        link.mentions = e.mentions();
        return link;
    }
}
