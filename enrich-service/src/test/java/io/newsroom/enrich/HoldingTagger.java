package io.newsroom.enrich;

import io.newsroom.enrich.tagging.ArticleTagger;
import io.newsroom.enrich.tagging.Tags;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A tagger for {@link ExactlyOnceTest}: tags instantly, except that the first article whose headline contains
 * {@value #HOLD} stops the loop tagging it — in the middle of its transaction — until the test releases it.
 */
@Alternative   // enabled only by ExactlyOnceTest's profile
@Singleton
public class HoldingTagger implements ArticleTagger {

    public static final String HOLD = "[hold]";

    static final CountDownLatch HELD = new CountDownLatch(1);
    static final CountDownLatch RELEASE = new CountDownLatch(1);
    /** Name of the thread that was held: "enrich-" plus its loop's transactional id. */
    static volatile String heldThread;

    @Override
    public Tags tag(String headline, String body) {
        if (headline.contains(HOLD) && HELD.getCount() > 0) {
            heldThread = Thread.currentThread().getName();
            HELD.countDown();
            try {
                RELEASE.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new Tags("en", body, List.of(), List.of(), List.of(), headline);
    }

    @Override
    public String version() {
        return "holding-tagger";
    }
}
