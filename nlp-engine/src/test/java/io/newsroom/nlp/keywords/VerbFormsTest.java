package io.newsroom.nlp.keywords;

import io.newsroom.nlp.NewsTagger;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A verb's forms are no keywords ("signed", "agree", "stun"); a noun that is also a verb ("hand", "order") and a noun
 * that ends in "ed" ("seed", "hundred") stay words a keyword may be; so do an irregular form that is a noun of its own
 * ("won", "rose") and a gerund ("bombing").
 */
class VerbFormsTest {

    @Test
    void shouldTellAVerbsFormsFromThingsNames() {
        VerbForms verbs = VerbForms.loadDefault();
        assertThat(List.of("signed", "ordered", "agreed", "agree", "stun", "stopped", "carried",
                        "understood", "held", "told", "sought", "withdrew", "fought"))
                .allMatch(verbs::isVerbForm);
        assertThat(List.of("hand", "sign", "order", "seed", "hundred", "speed", "referendum", "pipeline", "ahmed",
                        "won", "rose", "bombing", "meeting"))
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

    @Test
    void shouldKeepFunctionWordsOutOfAnArticlesKeywords() {
        String body = "Talks went on across the region. Ministers met across the border, and nobody couldn't see it: nobody "
                + "knew whether the ceasefire would hold. Ceasefire monitors stayed outside the town, outside the talks, "
                + "and the ceasefire held together. Something changed; something always does.";
        List<String> keywords = NewsTagger.loadDefault().analyze("Ceasefire holds across the border", body).keywords();
        assertThat(keywords).contains("ceasefire")
                .doesNotContain("across", "nobody", "couldn", "outside", "together", "something", "always");
    }
}
