package io.newsroom.nlp.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Tokenisation as the NER model expects it, with offsets that always point at the token text. */
class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer();

    private List<String> texts(String s) {
        return tokenizer.tokenize(s).stream().map(Token::text).toList();
    }

    @Test
    void shouldKeepHyphenatedNamesWhole() {
        assertThat(texts("Kassym-Jomart Tokayev met Jean-Luc Mélenchon.")).containsExactly(
                "Kassym-Jomart", "Tokayev", "met", "Jean-Luc", "Mélenchon", ".");
    }

    @Test
    void shouldSplitPossessivesButNotNamesWithApostrophes() {
        assertThat(texts("Tokayev's aide met O'Neill’s team")).containsExactly(
                "Tokayev", "'s", "aide", "met", "O'Neill", "’s", "team");
    }

    @Test
    void shouldKeepAbbreviationsInitialsAndNumbersTogether() {
        assertThat(texts("Mr. J. Smith of the U.S. paid $1,200.50 on 1996-08-22."))
                .containsExactly("Mr.", "J.", "Smith", "of", "the", "U.S.", "paid", "$", "1,200.50", "on", "1996-08-22", ".");
    }

    @Test
    void shouldKeepUrlsEmojiSequencesAndFlagsAsSingleTokens() {
        assertThat(texts("See https://example.org/a?b=1, 👍🏽 and 🇰🇿 or 👨‍👩‍👧!"))
                .containsExactly("See", "https://example.org/a?b=1", ",", "👍🏽", "and", "🇰🇿", "or", "👨‍👩‍👧", "!");
    }

    @Test
    void shouldReportOffsetsThatMatchTheText() {
        String text = "  «Quote» — Zürich\u00A0Café’s 🎉 test\tend ";
        assertThat(tokenizer.tokenize(text)).isNotEmpty()
                .allSatisfy(t -> assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text()));
    }
}
