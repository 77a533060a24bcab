package io.newsroom.enrich;

import io.newsroom.enrich.enrichment.ArticleEnrichment;
import io.newsroom.nlp.analysis.Analysis;
import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.schemas.RawArticle;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * An enrichment for {@link ExactlyOnceTest}: enriches instantly (no engine), except that the first article whose
 * headline contains {@value #HOLD} stops the loop enriching it — in the middle of its transaction — until the test
 * releases it.
 */
@Alternative   // enabled only by ExactlyOnceTest's profile
@Singleton
public class HoldingEnrichment extends ArticleEnrichment {

    public static final String HOLD = "[hold]";

    static final CountDownLatch HELD = new CountDownLatch(1);
    static final CountDownLatch RELEASE = new CountDownLatch(1);
    /** Name of the thread that was held: "enrich-" plus its loop's transactional id. */
    static volatile String heldThread;

    @Override
    public EnrichedArticle enrich(RawArticle raw) {
        if (raw.headline().contains(HOLD) && HELD.getCount() > 0) {
            heldThread = Thread.currentThread().getName();
            HELD.countDown();
            try {
                RELEASE.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return event(raw, new Analysis("en", raw.body(), List.of(), List.of(), List.of(), raw.headline()), Instant.now(),
                "holding-tagger");
    }
}
