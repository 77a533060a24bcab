package io.newsroom.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.newsroom.schemas.ArticleIds;
import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.schemas.EnrichedArticle.Category;
import io.newsroom.schemas.EnrichedArticle.Entity;
import io.newsroom.schemas.EnrichedArticle.EntityType;
import io.newsroom.schemas.EnrichedArticle.Mention;
import io.newsroom.schemas.PubStatus;
import io.newsroom.schemas.RawArticle;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Enriched events as enrich-service would publish them, for the store tests. */
public final class EnrichedEvents {

    static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private EnrichedEvents() {
    }

    static EnrichedArticle event(String sourceId, int version, String headline, String categoryCode, String entityName,
                                 Instant published) {
        return builder(sourceId).version(version).headline(headline).category(categoryCode)
                .entity(EntityType.PERSON, entityName, null).published(published).build();
    }

    public static Builder builder(String sourceId) {
        return new Builder(sourceId);
    }

    /** Every field with a sensible default; tests set what they are about. */
    public static final class Builder {
        private final String sourceId;
        private String source = "store-test";
        private int version = 1;
        private String headline = "A headline";
        private String body = "A body.";
        private String language = "en";
        private Instant published = Instant.now();
        private PubStatus status = PubStatus.USABLE;
        private Instant enrichedAt = Instant.now();
        private String enricherVersion = "test";
        private final java.util.ArrayList<Category> categories = new java.util.ArrayList<>();
        private final java.util.ArrayList<Entity> entities = new java.util.ArrayList<>();

        Builder(String sourceId) {
            this.sourceId = sourceId;
        }

        public Builder source(String value) { source = value; return this; }
        public Builder version(int value) { version = value; return this; }
        public Builder headline(String value) { headline = value; return this; }
        public Builder body(String value) { body = value; return this; }
        public Builder language(String value) { language = value; return this; }
        public Builder published(Instant value) { published = value; return this; }
        public Builder status(PubStatus value) { status = value; return this; }
        public Builder enrichedAt(Instant value) { enrichedAt = value; return this; }
        public Builder enricherVersion(String value) { enricherVersion = value; return this; }

        public Builder category(String code) {
            categories.add(new Category(code, "label of " + code, 0.8));
            return this;
        }

        public Builder entity(EntityType type, String name, String wikidataId) {
            String key = wikidataId != null ? "wikidata:" + wikidataId
                    : type.name().toLowerCase(Locale.ROOT) + ":" + name.toLowerCase(Locale.ROOT).replace(' ', '-');
            entities.add(new Entity(type, name, key, wikidataId, 1, List.of(new Mention(Mention.BODY_TEXT, 0, name.length())), 0.7));
            return this;
        }

        public EnrichedArticle build() {
            RawArticle raw = new RawArticle(ArticleIds.derive(source, sourceId, null), source, sourceId,
                    "https://" + source + ".example/" + sourceId, version, headline, "<p>" + body + "</p>", language, null,
                    published, published, List.of("Reporter"), status, Instant.now());
            return EnrichedArticle.of(raw, language, body, categories, entities, List.of("keyword"), headline + ".",
                    enrichedAt, enricherVersion);
        }
    }

    public static String uniqueId() {
        return UUID.randomUUID().toString();
    }

    /** A source name no other test uses, so a test can filter down to its own articles. */
    static String uniqueSource() {
        return "src-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String json(Object event) {
        try {
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
