package io.newsroom.nlp;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The warm-up tags the built-in articles as many times as asked, and stops at its time budget. */
class WarmUpTest {

    private static final NewsTagger ENGINE = NewsTagger.loadDefault();

    @Test
    void shouldReadEveryBuiltInArticleWithHeadlineAndBody() {
        assertThat(WarmUp.articles()).hasSize(5).allSatisfy(a -> {
            assertThat(a[0]).isNotBlank();
            assertThat(a[1].length()).isGreaterThan(300);
        });
    }

    @Test
    void shouldTagAsManyArticlesAsAsked() {
        assertThat(WarmUp.run(ENGINE, 12, Duration.ofMinutes(1)).analyses()).isEqualTo(12);
    }

    @Test
    void shouldStopAtItsTimeBudget() {
        assertThat(WarmUp.run(ENGINE, 1_000_000, Duration.ZERO).analyses()).isZero();
    }

    @Test
    void shouldDoNothingWhenAskedForNone() {
        assertThat(WarmUp.run(ENGINE, 0, Duration.ofMinutes(1)).analyses()).isZero();
    }
}
