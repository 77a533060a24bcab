package io.newsroom.nlp.keywords;

import io.newsroom.nlp.NewsTagger;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A verb's forms are no keywords ("signed", "agree", "stun"); a noun that is also a verb ("hand", "order") and a noun
 * that ends in "ed" ("seed", "hundred") stay words a keyword may be.
 */
class VerbFormsTest {

    @Test
    void shouldTellAVerbsFormsFromThingsNames() {
        VerbForms verbs = VerbForms.loadDefault();
        assertThat(List.of("signed", "ordered", "agreed", "agree", "stun", "stopped", "carried"))
                .allMatch(verbs::isVerbForm);
        assertThat(List.of("hand", "sign", "order", "seed", "hundred", "speed", "referendum", "pipeline", "ahmed"))
                .noneMatch(verbs::isVerbForm);
    }

    @Test
    void shouldKeepVerbsOutOfAnArticlesKeywords() {
        String body = "Turkmenistan and Azerbaijan signed a deal on gas. Officials signed it in Ashgabat and said the pipeline "
                + "deal was signed after years of talks. Both sides agree the pipeline will carry gas to Europe. They agree "
                + "on the pipeline route and signed letters on the pipeline.";
        List<String> keywords = NewsTagger.loadDefault().analyze("Turkmenistan and Azerbaijan agree to study gas pipeline", body)
                .keywords();
        assertThat(keywords).contains("pipeline").doesNotContain("signed", "agree");
    }
}
