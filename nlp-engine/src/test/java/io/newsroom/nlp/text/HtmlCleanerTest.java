package io.newsroom.nlp.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** HTML to the clean text the store keeps. */
class HtmlCleanerTest {

    private final HtmlCleaner cleaner = new HtmlCleaner();

    @Test
    void shouldBlankMarkupInAPlainTextFieldKeepingEveryOffset() {
        String headline = "<i>Floods</i> hit <span class=\"x\">Valencia</span><script>alert(1)</script> as rain <!-- note --> falls";
        String masked = cleaner.maskMarkup(headline);
        assertThat(masked).hasSameSizeAs(headline).doesNotContain("<", ">", "span", "alert", "note");
        assertThat(masked.substring(headline.indexOf("Valencia"), headline.indexOf("Valencia") + 8)).isEqualTo("Valencia");
        assertThat(masked.replaceAll(" +", " ").strip()).isEqualTo("Floods hit Valencia as rain falls");
    }

    @Test
    void shouldLeaveLessThanSignsThatAreNotMarkupInAPlainTextField() {
        assertThat(cleaner.maskMarkup("Inflation <5% as rates 3 < 4 and a <= b")).isEqualTo("Inflation <5% as rates 3 < 4 and a <= b");
        assertThat(cleaner.maskMarkup("No markup at all")).isEqualTo("No markup at all");
    }

    @Test
    void shouldDropScriptsAndStylesAndKeepParagraphsApart() {
        String html = "<html><head><style>p{}</style><title>T</title></head><body><h1>Head</h1>"
                + "<script>var x = 1;</script><p>First &amp; <b>bold</b>.</p><p>Second</p></body></html>";
        assertThat(cleaner.clean(html)).isEqualTo("Head\nFirst & bold.\nSecond");
    }

    @Test
    void shouldMarkCaptionsNavigationAndSidePanelsAsFurnitureWithoutChangingTheText() {
        String html = "<nav><a href=\"/\">Home</a> &gt; <a href=\"/world\">World</a></nav><article><h1>Border deal</h1>"
                + "<figure><img src=\"a.jpg\" alt=\"\"><figcaption> Japarov (right) meets Rahmon. <b>Photo:</b> AFP </figcaption>"
                + "</figure><p>Japarov and Rahmon signed a treaty.</p></article>"
                + "<aside><h3>Tags</h3><ul><li>Kyrgyzstan</li><li>Tajikistan</li></ul></aside>";

        HtmlCleaner.Cleaned cleaned = cleaner.cleanWithFurniture(html);

        assertThat(cleaned.text()).isEqualTo(cleaner.clean(html)).isEqualTo(String.join("\n", "Home > World", "Border deal",
                "Japarov (right) meets Rahmon. Photo: AFP", "Japarov and Rahmon signed a treaty.", "Tags", "Kyrgyzstan", "Tajikistan"));
        assertThat(cleaned.furniture()).extracting(r -> cleaned.text().substring(r[0], r[1])).containsExactly(
                "Home > World", "Japarov (right) meets Rahmon. Photo: AFP", "Tags\nKyrgyzstan\nTajikistan");
        assertThat(cleaner.cleanWithFurniture("Plain text, no markup.").furniture()).isEmpty();
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

    @Test
    void shouldTakeOnlyHtmlsOwnElementsForMarkup() {
        assertThat(cleaner.looksLikeHtml("Story no. BLF-DE-0411   Related: <BUBA> <VOWG.DE> <FDAX>")).isFalse();
        assertThat(cleaner.looksLikeHtml("<P>Bundesbank holds rates</P>")).isTrue();
        assertThat(cleaner.looksLikeHtml("Rates &amp; bonds")).isTrue();
    }
}
