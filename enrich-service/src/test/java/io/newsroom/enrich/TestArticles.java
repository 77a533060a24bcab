package io.newsroom.enrich;

import io.newsroom.schemas.ArticleIds;
import io.newsroom.schemas.PubStatus;
import io.newsroom.schemas.RawArticle;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Raw articles and the broker address for the tests that write to the raw topic themselves. */
final class TestArticles {

    private TestArticles() {
    }

    /** A new article of source "test-wire" with this headline and a one-line body. */
    static RawArticle raw(String headline) {
        String sourceId = UUID.randomUUID().toString();
        return new RawArticle(ArticleIds.derive("test-wire", sourceId, null), "test-wire", sourceId,
                "https://test-wire.example/" + sourceId, 1, headline, "The body of " + headline + ".", null, null,
                Instant.parse("2026-11-26T10:00:00Z"), null, List.of(), PubStatus.USABLE, Instant.now());
    }

    /** A new article of source "test-wire" with this body (the headline says nothing of its topic). */
    static RawArticle withBody(String body) {
        String sourceId = UUID.randomUUID().toString();
        return new RawArticle(ArticleIds.derive("test-wire", sourceId, null), "test-wire", sourceId,
                "https://test-wire.example/" + sourceId, 1, "Test headline", body, null, null,
                Instant.parse("2026-11-26T10:00:00Z"), null, List.of(), PubStatus.USABLE, Instant.now());
    }

    static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }
}
