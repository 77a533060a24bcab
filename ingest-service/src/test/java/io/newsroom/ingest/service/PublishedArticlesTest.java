package io.newsroom.ingest.service;

import io.newsroom.ingest.mapping.Candidate;
import io.newsroom.schemas.PubStatus;
import io.newsroom.schemas.RawArticle;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The memory of what was published, as a plain object: besides the newest version of an id it keeps the few before
 * it (so an identical re-send of an earlier version is recognised), at most {@link PublishedArticles#VERSIONS_PER_ID}
 * per id and {@code dedupe-entries} versions in all; {@code knows} tells the raw topic follower which records it may
 * skip.
 */
class PublishedArticlesTest {

    private static RawArticle version(int version, String headline) {
        return new RawArticle("a1", "wire-eu", "s-1", "https://wire-eu.example/1", version, headline, "Body.", "en",
                null, Instant.parse("2026-11-26T09:00:00Z").plusSeconds(version), null, List.of(), PubStatus.USABLE,
                Instant.parse("2026-11-26T12:00:00Z"), null);
    }

    private static PublishedArticles.Published earlier(PublishedArticles memory, RawArticle article) {
        return memory.earlier(article.id(), new Candidate(article, true, true), PublishedArticles.contentHash(article));
    }

    @Test
    void shouldRecogniseAnEarlierVersionWithItsOwnContentOnly() {
        PublishedArticles memory = new PublishedArticles(1000);
        memory.remember(version(2, "Gas deal agreed"));
        memory.remember(version(3, "Gas deal signed"));

        assertThat(memory.last("a1").version()).isEqualTo(3);
        assertThat(earlier(memory, version(2, "Gas deal agreed"))).extracting(PublishedArticles.Published::version).isEqualTo(2);
        assertThat(earlier(memory, version(2, "Gas deal rejected"))).isNull();
        assertThat(earlier(memory, version(3, "Gas deal signed"))).as("the newest is not an earlier version").isNull();
    }

    @Test
    void shouldKeepOnlyTheNewestVersionsOfAnIdAndKnowWhatItDropped() {
        PublishedArticles memory = new PublishedArticles(1000);
        int count = PublishedArticles.VERSIONS_PER_ID + 2;
        for (int v = count; v >= 1; v--) {   // the follower may read them in any order
            memory.remember(version(v, "Headline " + v));
        }

        assertThat(memory.last("a1").version()).isEqualTo(count);
        assertThat(earlier(memory, version(count - 1, "Headline " + (count - 1)))).isNotNull();
        assertThat(earlier(memory, version(1, "Headline 1"))).as("older than the versions kept").isNull();
        assertThat(memory.knows("a1", count - 1)).isTrue();
        assertThat(memory.knows("a1", 1)).as("a full history does not want older versions").isTrue();
    }

    @Test
    void shouldWantAnOlderRecordWhileTheHistoryHasRoom() {
        PublishedArticles memory = new PublishedArticles(1000);
        memory.remember(version(3, "Gas deal signed"));

        assertThat(memory.knows("a1", 3)).isTrue();
        assertThat(memory.knows("a1", 2)).as("an older version to remember").isFalse();
        assertThat(memory.knows("a1", 4)).isFalse();
        assertThat(memory.knows("other", 1)).isFalse();
    }

    @Test
    void shouldBoundTheWholeMemoryByTheNumberOfVersions() {
        PublishedArticles memory = new PublishedArticles(10);
        for (int i = 0; i < 100; i++) {
            RawArticle a = version(1, "Story " + i);
            memory.remember(new RawArticle("id-" + i, a.source(), a.sourceId(), a.url(), 1, a.headline(), a.body(), a.language(),
                    a.firstCreated(), a.versionCreated(), a.published(), a.authors(), a.pubStatus(), a.ingestedAt(), a.original()));
            memory.remember(new RawArticle("id-" + i, a.source(), a.sourceId(), a.url(), 2, a.headline() + "!", a.body(), a.language(),
                    a.firstCreated(), a.versionCreated(), a.published(), a.authors(), a.pubStatus(), a.ingestedAt(), a.original()));
        }

        assertThat(memory.versionsHeld()).isLessThanOrEqualTo(10);
    }
}
