package io.newsroom.nlp.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Keys that make spelling variants of one name meet. */
class TextKeysTest {

    @Test
    void shouldFoldTransliterationVariantsTogether() {
        assertThat(TextKeys.foldKey("Tokayev")).isEqualTo(TextKeys.foldKey("Tokaev"));
        assertThat(TextKeys.foldKey("Zelenskyy")).isEqualTo(TextKeys.foldKey("Zelensky")).isEqualTo(TextKeys.foldKey("Zelenskiy"));
        assertThat(TextKeys.foldKey("Kassym-Jomart")).isEqualTo(TextKeys.foldKey("Kasym Zhomart"));
        assertThat(TextKeys.foldKey("Erdoğan")).isEqualTo(TextKeys.foldKey("Erdogan"));
        assertThat(TextKeys.foldKey("Tokayev")).isNotEqualTo(TextKeys.foldKey("Putin"));
        assertThat(TextKeys.foldKey("Mohammed bin Salman")).isEqualTo(TextKeys.foldKey("Mohammad bin Salman"))
                .isEqualTo(TextKeys.foldKey("Muhammad bin Salman"));
    }

    @Test
    void shouldWriteLettersWithAStrokeOrWithoutADotAsEnglishNewsDoes() {
        assertThat(TextKeys.key("Cevdet Yılmaz")).isEqualTo(TextKeys.key("Cevdet Yilmaz")).isEqualTo("cevdet yilmaz");
        assertThat(TextKeys.key("İsmet Yılmaz")).isEqualTo("ismet yilmaz");
        assertThat(TextKeys.key("Lech Wałęsa")).isEqualTo(TextKeys.key("Lech Walesa"));
        assertThat(TextKeys.key("Jonas Gahr Støre")).isEqualTo(TextKeys.key("Jonas Gahr Store"));
        assertThat(TextKeys.slug("Mesut Yılmaz")).isEqualTo("mesut-yilmaz");
    }

    @Test
    void shouldMakeReadableSlugs() {
        assertThat(TextKeys.slug("Kassym-Jomart  Tokayev")).isEqualTo("kassym-jomart-tokayev");
        assertThat(TextKeys.slug("Société Générale S.A.")).isEqualTo("societe-generale-s-a");
    }
}
