package io.newsroom.enrich.tagging;

import io.newsroom.schemas.EnrichedArticle.Category;
import io.newsroom.schemas.EnrichedArticle.Entity;

import java.util.List;

/** What the tagger found in one article. */
public record Tags(String language, String bodyText, List<Category> categories, List<Entity> entities,
                   List<String> keywords, String summary) {
}
