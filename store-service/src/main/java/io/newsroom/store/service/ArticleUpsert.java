package io.newsroom.store.service;

import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.store.model.ArticleEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;

/**
 * One transaction per event: the stored row is locked, and replaced only by a strictly newer version, so a
 * redelivery never creates a second row and an older version never overwrites a newer one.
 */
@ApplicationScoped
public class ArticleUpsert {

    Clock clock = Clock.systemUTC();

    @Transactional
    public StoreOutcome upsert(EnrichedArticle article) {
        ArticleEntity row = ArticleEntity.findById(article.id(), LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            row = new ArticleEntity();
            ArticleMapping.copyInto(article, row, clock.instant());
            row.persist();
            // Surface a concurrent insert of the same id here, inside the retried call, not at commit.
            row.flush();
            return StoreOutcome.INSERTED;
        }
        if (article.version() == row.version) {
            return StoreOutcome.DUPLICATE;
        }
        if (article.version() < row.version) {
            return StoreOutcome.STALE;
        }
        ArticleMapping.copyInto(article, row, clock.instant());
        return StoreOutcome.UPDATED;
    }
}
