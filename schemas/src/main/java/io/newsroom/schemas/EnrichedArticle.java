package io.newsroom.schemas;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * A raw article plus its tags, as published on {@link Topics#ENRICHED}. Mirrors
 * {@code enriched-article.v1.schema.json}: the raw fields are repeated flat so subscribers read one object.
 * {@code url} is null when the source gave no http(s) URL (contract 1.2).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EnrichedArticle(
        String id,
        String source,
        String sourceId,
        String url,
        int version,
        String headline,
        String body,
        String language,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Instant firstCreated,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Instant versionCreated,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Instant published,
        List<String> authors,
        PubStatus pubStatus,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Instant ingestedAt,
        String bodyText,
        List<Category> categories,
        List<Entity> entities,
        List<String> keywords,
        String summary,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Instant enrichedAt,
        String enricherVersion,
        @JsonInclude(JsonInclude.Include.NON_NULL) OriginalDocument original) {

    /** An enriched article without an original document: the constructor before {@code original} existed. */
    public EnrichedArticle(String id, String source, String sourceId, String url, int version, String headline,
                           String body, String language, Instant firstCreated, Instant versionCreated,
                           Instant published, List<String> authors, PubStatus pubStatus, Instant ingestedAt,
                           String bodyText, List<Category> categories, List<Entity> entities, List<String> keywords,
                           String summary, Instant enrichedAt, String enricherVersion) {
        this(id, source, sourceId, url, version, headline, body, language, firstCreated, versionCreated, published,
                authors, pubStatus, ingestedAt, bodyText, categories, entities, keywords, summary, enrichedAt,
                enricherVersion, null);
    }

    public EnrichedArticle {
        authors = authors == null ? List.of() : List.copyOf(authors);
        categories = categories == null ? List.of() : List.copyOf(categories);
        entities = entities == null ? List.of() : List.copyOf(entities);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    /** The enriched event for {@code raw}, with {@code language} replacing the raw one (it is now always known). */
    public static EnrichedArticle of(RawArticle raw, String language, String bodyText, List<Category> categories,
                                     List<Entity> entities, List<String> keywords, String summary,
                                     Instant enrichedAt, String enricherVersion) {
        return new EnrichedArticle(raw.id(), raw.source(), raw.sourceId(), raw.url(), raw.version(), raw.headline(),
                raw.body(), language, raw.firstCreated(), raw.versionCreated(), raw.published(), raw.authors(),
                raw.pubStatus(), raw.ingestedAt(), bodyText, categories, entities, keywords, summary, enrichedAt,
                enricherVersion, raw.original());
    }

    /** An IPTC Media Topic assigned to the article. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Category(String code, String label, double confidence) {
    }

    /** A named entity found in the article, with every place it is mentioned. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entity(EntityType type, String name, String key, String wikidataId, int mentionCount,
                         List<Mention> mentions, double confidence) {
        public Entity {
            mentions = mentions == null ? List.of() : List.copyOf(mentions);
        }
    }

    public enum EntityType { PERSON, ORGANIZATION, LOCATION, MISC }

    /** Character offsets, end exclusive, into {@code headline} or {@code bodyText}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Mention(String field, int start, int end) {
        public static final String HEADLINE = "headline";
        public static final String BODY_TEXT = "bodyText";
    }
}
