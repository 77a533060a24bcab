package io.newsroom.nlp.topics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The French, German and Spanish term rules of the per-language topic models (issue 19): accents kept, the language's
 * function words dropped, French elided articles cut off, French and Spanish plurals folded, German words kept whole,
 * and the headline counted twice.
 */
class LanguageTermsTest {

    @Test
    void shouldKeepAccentsAndDropFrenchFunctionWordsAndElisions() {
        assertThat(LanguageTerms.of("fr", "L'économie de la santé et les élections d'hiver"))
                .containsExactly("économie", "santé", "élection", "hiver");
    }

    @Test
    void shouldFoldSpanishPluralsAndKeepGermanWordsWhole() {
        assertThat(LanguageTerms.of("es", "Los partidos políticos ganan las elecciones")).containsExactly("partido", "político", "ganan", "eleccione");
        assertThat(LanguageTerms.of("de", "Die Wahlen und die Parteien im Bundestag")).containsExactly("wahlen", "parteien", "bundestag");
    }

    @Test
    void shouldCountTheHeadlineTwice() {
        assertThat(LanguageTerms.ofArticle("fr", "Grève", "Les trains restent à quai"))
                .containsExactly("grève", "grève", "train", "restent", "quai");
    }
}
