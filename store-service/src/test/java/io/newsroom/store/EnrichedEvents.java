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
import java.util.UUID;

/** Enriched events as enrich-service would publish them, for the store tests. */
final class EnrichedEvents {

    static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private EnrichedEvents() {
    }

    static EnrichedArticle event(String sourceId, int version, String headline, String categoryCode, String entityName,
                                 Instant published) {
        RawArticle raw = new RawArticle(ArticleIds.derive("store-test", sourceId, null), "store-test", sourceId,
                "https://store-test.example/" + sourceId, version, headline, "<p>" + headline + ".</p>", "en", null,
                published, published, List.of("Reporter"), PubStatus.USABLE, Instant.now());
        return EnrichedArticle.of(raw, "en", headline + ".",
                List.of(new Category(categoryCode, "label of " + categoryCode, 0.8)),
                List.of(new Entity(EntityType.PERSON, entityName, "person:" + entityName.toLowerCase().replace(' ', '-'),
                        null, 1, List.of(new Mention(Mention.BODY_TEXT, 0, entityName.length())), 0.7)),
                List.of("keyword"), headline + ".", Instant.now(), "test");
    }

    static String uniqueId() {
        return UUID.randomUUID().toString();
    }

    static String json(Object event) {
        try {
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
