package io.newsroom.nlp.ner;

import io.newsroom.nlp.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed NER models hold weights by hashed feature id, so feature extraction may get faster but never give a
 * token another id. The ids of a document that touches every template (an all-capitals headline, typographic quotes and
 * dashes, digits, accents, gazetteer and name-list matches, words with and without clusters and cased classes, document
 * contexts, first-pass labels) are pinned, each token's as a set with its repeats, in the French, German and Spanish
 * recipe as recorded from the code before issue 16's speed-up (commit 58faf79) and in the English one as recorded from
 * the code before word groups (commit 7b9be7c). Their order is a token's word groups first (decision #269): only the
 * rounding of the model's float sums depends on it.
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
    void shouldGiveTheSameFeatureIdsAsBefore() {
        NerFeatures features = new NerFeatures(Gazetteer.loadDefault(), WordClusters.loadDefault(), 24);

        int[][][] pass1 = features.extract(DOC, null);
        int[][][] pass2 = features.extract(DOC, FIRST_PASS);
        int[][][] pass2FromPass1 = features.document(DOC).withFirstPass(pass1, FIRST_PASS);

        assertThat(Arrays.stream(pass1).flatMap(Arrays::stream).mapToInt(ids -> ids.length).sum()).isEqualTo(PASS1_IDS);
        assertThat(Arrays.deepHashCode(sorted(pass1))).isEqualTo(PASS1_HASH);
        assertThat(Arrays.deepHashCode(sorted(pass2))).isEqualTo(PASS2_HASH);
        assertThat(Arrays.deepHashCode(sorted(pass2FromPass1))).isEqualTo(PASS2_HASH);
    }

    @Test
    void shouldGiveTheEnglishRecipeTheSameFeatureIdsAsBefore() {
        NerFeatures features = new NerFeatures(Gazetteer.loadDefault(), WordClusters.loadDefault(),
                WordClusters.loadDefaultCased(), 22, true);

        assertThat(Arrays.deepHashCode(sorted(features.extract(DOC, null)))).isEqualTo(ENGLISH_PASS1_HASH);
        assertThat(Arrays.deepHashCode(sorted(features.extract(DOC, FIRST_PASS)))).isEqualTo(ENGLISH_PASS2_HASH);
    }

    @Test
    void shouldGiveTheSameIdentityFeaturesAsBefore() {
        NerFeatures features = new NerFeatures(Gazetteer.empty(), WordClusters.NONE, 24);

        assertThat(features.identity("\u201CTokayev\u2019s")).containsExactly(IDENTITY);
    }

    /** Each token's ids in increasing order: what a token's features are, whatever order they are summed in. */
    private static int[][][] sorted(int[][][] ids) {
        int[][][] out = new int[ids.length][][];
        for (int s = 0; s < ids.length; s++) {
            out[s] = new int[ids[s].length][];
            for (int i = 0; i < ids[s].length; i++) {
                out[s][i] = ids[s][i].clone();
                Arrays.sort(out[s][i]);
            }
        }
        return out;
    }

    private static final int PASS1_IDS = 2754;
    private static final int PASS1_HASH = -1136824958;
    private static final int PASS2_HASH = -2127712750;
    private static final int ENGLISH_PASS1_HASH = -353902756;
    private static final int ENGLISH_PASS2_HASH = 1263108670;
    private static final int[] IDENTITY = {7847898, 15910725, 14765727};
}
