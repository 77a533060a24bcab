package io.newsroom.nlp.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** HTML to the clean text the store keeps. */
class HtmlCleanerTest {

    private final HtmlCleaner cleaner = new HtmlCleaner();

    @Test
    void shouldDropScriptsAndStylesAndKeepParagraphsApart() {
        String html = "<html><head><style>p{}</style><title>T</title></head><body><h1>Head</h1>"
                + "<script>var x = 1;</script><p>First &amp; <b>bold</b>.</p><p>Second</p></body></html>";
        assertThat(cleaner.clean(html)).isEqualTo("Head\nFirst & bold.\nSecond");
    }

    @Test
    void shouldSurviveMalformedHtml() {
        assertThat(cleaner.clean("<p>Unclosed <i>italic <div>nested</p></span> text &nbsp;&bogus; <"))
                .contains("Unclosed italic").contains("nested").contains("text");
    }

    @Test
    void shouldReturnEmptyTextForMarkupWithoutText() {
        assertThat(cleaner.clean("<div><img src=x><br/><script>alert(1)</script></div>")).isEmpty();
    }

    @Test
    void shouldLeavePlainTextAloneApartFromLineEndingsAndControls() {
        assertThat(cleaner.clean("a < b and c > d\r\nnext\u0007 line  ")).isEqualTo("a < b and c > d\nnext line");
    }
}
