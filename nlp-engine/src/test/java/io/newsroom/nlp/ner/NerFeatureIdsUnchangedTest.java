package io.newsroom.nlp.ner;

import io.newsroom.nlp.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed NER models hold weights by hashed feature id, so feature extraction may get faster but never give
 * another id, nor the same ids in another order (the model sums floats in that order). The ids of a document that
 * touches every template (an all-capitals headline, typographic quotes and dashes, digits, accents, gazetteer and
 * name-list matches, words with and without clusters, first-pass labels) are pinned as recorded from the code before
 * issue 16's speed-up (commit 58faf79).
 */
class NerFeatureIdsUnchangedTest {

    private static final String[][] DOC = {
            {"KAZAKHSTAN", "AND", "CHINA", "SIGN", "RAIL", "DEAL", "IN", "ASTANA"},
            {"President", "Kassym-Jomart", "Tokayev", "met", "Xi", "Jinping", "on", "Monday", "in", "Astana", "."},
            {"\u201CWe", "agreed", "on", "12.5", "billion", "dollars", "of", "trade", ",", "\u201D", "Tokayev", "said",
                    "\u2013", "the", "Bank", "of", "England", "and", "the", "United", "Kingdom", "\u2019s", "Jos\u00E9",
                    "Mar\u00EDa", "Aznar", "were", "not", "there", "."},
            {"Mr", "O\u2019Brien", "of", "Reuters", "told", "Tokayev", "and", "Ursula", "von", "der", "Leyen", "in",
                    "Brussels", "about", "COVID-19", "and", "the", "G7", "."},
            {"tokayev", "Said", "İstanbul", "X"},
    };

    private static final int[][] FIRST_PASS = {
            {9, 0, 9, 0, 0, 0, 0, 9},
            {0, 1, 3, 0, 1, 3, 0, 0, 0, 12, 0},
            {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 5, 6, 7, 0, 0, 9, 11, 0, 1, 2, 3, 0, 0, 0, 0},
            {0, 4, 0, 8, 0, 4, 0, 1, 2, 2, 3, 0, 12, 0, 16, 0, 0, 16, 0},
            {0, 0, 12, 0},
    };

    @Test
    void shouldGiveTheSameFeatureIdsInTheSameOrderAsBefore() {
        NerFeatures features = new NerFeatures(Gazetteer.loadDefault(), WordClusters.loadDefault(), 24);

        int[][][] pass1 = features.extract(DOC, null);
        int[][][] pass2 = features.extract(DOC, FIRST_PASS);
        int[][][] pass2FromPass1 = features.document(DOC).withFirstPass(pass1, FIRST_PASS);

        assertThat(Arrays.stream(pass1).flatMap(Arrays::stream).mapToInt(ids -> ids.length).sum()).isEqualTo(PASS1_IDS);
        assertThat(Arrays.deepHashCode(pass1)).isEqualTo(PASS1_HASH);
        assertThat(Arrays.deepHashCode(pass2)).isEqualTo(PASS2_HASH);
        assertThat(Arrays.deepHashCode(pass2FromPass1)).isEqualTo(PASS2_HASH);
    }

    @Test
    void shouldGiveTheSameIdentityFeaturesAsBefore() {
        NerFeatures features = new NerFeatures(Gazetteer.empty(), WordClusters.NONE, 24);

        assertThat(features.identity("\u201CTokayev\u2019s")).containsExactly(IDENTITY);
    }

    private static final int PASS1_IDS = 2754;
    private static final int PASS1_HASH = -598401562;
    private static final int PASS2_HASH = -1763163732;
    private static final int[] IDENTITY = {7847898, 15910725, 14765727};
}
