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
}
