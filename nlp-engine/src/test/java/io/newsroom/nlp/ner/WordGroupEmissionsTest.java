package io.newsroom.nlp.ner;

import io.newsroom.nlp.gazetteer.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The tagger adds up a word's own features once per word (and a common word's once at load) instead of at every token
 * (decision #269). Its scores must be those of the token's feature ids summed one by one, under both committed passes,
 * for words in and out of the common list, at sentence edges and in the middle.
 */
class WordGroupEmissionsTest {

    private static final String[][] DOC = {
            {"KAZAKHSTAN", "AND", "CHINA", "SIGN", "RAIL", "DEAL", "IN", "ASTANA"},
            {"President", "Kassym-Jomart", "Tokayev", "met", "Xi", "Jinping", "on", "Monday", "in", "Astana", "."},
            {"\u201CWe", "agreed", "on", "12.5", "billion", "dollars", ",", "\u201D", "Tokayev", "said", "."},
            {"Tokayev"},
            {"The", "Bank", "of", "England", "and", "Ursula", "von", "der", "Leyen", "met", "in", "Brussels", "."},
    };

    private static NerModel pass1;
    private static NerModel pass2;
    private static NerFeatures plain;

    @BeforeAll
    static void load() {
        Gazetteer gazetteer = Gazetteer.loadDefault();
        NamedEntityRecognizer ner = NamedEntityRecognizer.loadDefault(gazetteer);
        pass1 = ner.pass1();
        pass2 = ner.pass2();
        plain = new NerFeatures(gazetteer, WordClusters.loadDefault(), WordClusters.loadDefaultCased(), pass1.bits(), true);
    }

    @Test
    void shouldScoreEachTokenAsItsFeatureIdsOneByOne() {
        assertSameScores(plain);
    }

    @Test
    void shouldScoreCommonWordsAsTheDocumentsOwnWords() {
        // Common: words in the middle, at an edge, a whole sentence ("Tokayev"), a typographic quote by its ASCII form.
        NerFeatures common = plain.withCommonWords(List.of("Tokayev", "in", "the", "The", ".", "\"", "met", "Bank"), pass1, pass2);

        assertSameScores(common);
    }

    @Test
    void shouldScoreCommonWordsUnderAModelTheyWereNotSummedFor() {
        NerFeatures common = plain.withCommonWords(List.of("Tokayev", "in", "the", "met"), pass1);

        assertSameScores(common);
    }

    @Test
    void shouldTagTheSameWithTheCommittedCommonWords() {
        NerFeatures common = plain.withCommonWords(WordClusters.loadDefaultCased().first(NamedEntityRecognizer.COMMON_WORDS), pass1, pass2);
        NamedEntityRecognizer withCommon = new NamedEntityRecognizer(common, pass1, pass2);
        NamedEntityRecognizer without = new NamedEntityRecognizer(plain, pass1, pass2);

        assertThat(withCommon.tag(DOC)).isDeepEqualTo(without.tag(DOC));
        assertThat(NerTags.spans(withCommon.tag(DOC)[1])).extracting(NerTags.Span::type).contains("PER", "LOC");
    }

    private static void assertSameScores(NerFeatures features) {
        NerFeatures.Document d = features.document(DOC);
        int[][][] ids1 = d.firstPass();
        float[][][] grouped1 = d.emissions(pass1, null);
        int[][] tags1 = new int[DOC.length][];
        for (int s = 0; s < DOC.length; s++) {
            tags1[s] = pass1.decode(pass1.emissions(ids1[s]));
        }
        int[][][] ids2 = d.withFirstPass(ids1, tags1);
        float[][][] grouped2 = d.emissions(pass2, tags1);
        for (int s = 0; s < DOC.length; s++) {
            float[][] one1 = pass1.emissions(ids1[s]);
            float[][] one2 = pass2.emissions(ids2[s]);
            assertThat(grouped1[s]).hasSameDimensionsAs(one1);
            for (int i = 0; i < DOC[s].length; i++) {
                String token = DOC[s][i];
                for (int t = 0; t < NerTags.COUNT; t++) {
                    assertThat(grouped1[s][i][t]).as("pass 1 %s tag %d", token, t).isCloseTo(one1[i][t], within(1e-3f));
                    assertThat(grouped2[s][i][t]).as("pass 2 %s tag %d", token, t).isCloseTo(one2[i][t], within(1e-3f));
                }
            }
        }
        assertThat(grouped1[1][2]).as("a name scores something").isNotEqualTo(new float[NerTags.COUNT]);
    }
}
