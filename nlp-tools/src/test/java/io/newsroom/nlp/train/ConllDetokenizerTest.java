package io.newsroom.nlp.train;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Readable text from CoNLL-2003 tokens, for the topic development set. */
class ConllDetokenizerTest {

    private static String[] tokens(String s) {
        return s.split(" ");
    }

    @Test
    void shouldGlueClosingPunctuationCliticsAndCurrency() {
        assertThat(ConllDetokenizer.sentence(tokens(
                "The world 's costliest footballer , who joined Newcastle for 15 million pounds ( $ 23.4 million ) , did n't play .")))
                .isEqualTo("The world's costliest footballer, who joined Newcastle for 15 million pounds ($23.4 million), didn't play.");
    }

    @Test
    void shouldAlternateDoubleQuotesAcrossSentences() {
        String doc = ConllDetokenizer.document(List.of(
                tokens("Iraqis charged ."),
                tokens("\" Go home ."),
                tokens("There are no prayers today , \" a soldier said .")));

        assertThat(doc).isEqualTo("Iraqis charged.\n\"Go home.\nThere are no prayers today,\" a soldier said.\n");
    }

    @Test
    void shouldKeepBacktickQuotesAndPluralPossessives() {
        assertThat(ConllDetokenizer.sentence(tokens("SILVA 'S `LOST PASSPORT ' EXCUSE and the players ' union")))
                .isEqualTo("SILVA'S `LOST PASSPORT' EXCUSE and the players' union");
    }
}
