package io.newsroom.schemas;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Article ids are stable for one story and distinct across stories and sources. */
class ArticleIdsTest {

    @Test
    void shouldGiveTheSameIdForTheSameSourceItemWhateverTheUrl() {
        assertThat(ArticleIds.derive("wire", "item-1", "https://a.example/x"))
                .isEqualTo(ArticleIds.derive("Wire ", "item-1", "https://a.example/other"))
                .matches("[0-9a-f]{32}");
    }

    @Test
    void shouldTellSourcesApartForTheSameItemId() {
        assertThat(ArticleIds.derive("wire", "item-1", null)).isNotEqualTo(ArticleIds.derive("paper", "item-1", null));
    }

    @Test
    void shouldUseTheCanonicalUrlWhenTheSourceGivesNoId() {
        assertThat(ArticleIds.derive("wire", null, "HTTPS://News.Example:443/world/story/#top"))
                .isEqualTo(ArticleIds.derive("wire", " ", "https://news.example/world/story"));
    }

    @Test
    void shouldKeepQueryParametersThatIdentifyTheStory() {
        assertThat(ArticleIds.canonicalUrl("https://news.example/story?id=7")).isEqualTo("https://news.example/story?id=7");
    }

    @Test
    void shouldDropTrackingParametersButKeepTheOthersInOrder() {
        assertThat(ArticleIds.canonicalUrl(
                "https://News.Example/story?utm_source=twitter&id=7&fbclid=abc&UTM_Medium=x&page=2&gclid=1&mc_cid=2&mc_eid=3"))
                .isEqualTo("https://news.example/story?id=7&page=2");
        assertThat(ArticleIds.canonicalUrl("https://news.example/story/?utm_campaign=spring#comments"))
                .isEqualTo("https://news.example/story");
    }

    @Test
    void shouldKeepEmptyPathSegmentsAndResolveOnlyDotSegments() {
        // "//" in a path is part of the resource (an archive of another URL): collapsing it named another page.
        assertThat(ArticleIds.canonicalUrl("https://archive.example/web/2020/https://news.example/x"))
                .isEqualTo("https://archive.example/web/2020/https://news.example/x");
        assertThat(ArticleIds.canonicalUrl("https://news.example/a/./b/../c/")).isEqualTo("https://news.example/a/c");
        assertThat(ArticleIds.canonicalUrl("https://news.example/../a")).isEqualTo("https://news.example/a");
    }

    @Test
    void shouldGiveOneIdToAStoryLinkedWithAndWithoutTracking() {
        assertThat(ArticleIds.derive("wire", null, "https://news.example/a?utm_source=rss&utm_medium=feed"))
                .isEqualTo(ArticleIds.derive("wire", null, "https://news.example/a"));
    }
}
