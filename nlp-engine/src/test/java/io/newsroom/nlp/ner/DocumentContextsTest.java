package io.newsroom.nlp.ner;

import io.newsroom.nlp.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Document contexts (the English recipe): a capitalised word gets the neighbours it has at its other occurrences in
 * the document, never only its own, and the French, German and Spanish recipe gets none.
 */
class DocumentContextsTest {

    private static final WordClusters CLUSTERS = new WordClusters(new int[]{4, 16},
            java.util.Map.of("president", new int[]{1, 3}, "minister", new int[]{1, 3}, "said", new int[]{2, 5}), List.of());
    private static final NerFeatures ENGLISH = new NerFeatures(Gazetteer.empty(), CLUSTERS, 22, true);
    private static final NerFeatures WITHOUT = new NerFeatures(Gazetteer.empty(), CLUSTERS, 22, false);

    @Test
    void shouldGiveAWordTheNeighboursOfItsOtherOccurrences() {
        String[][] doc = {{"President", "Tokayev", "said", "it"}, {"He", "met", "Tokayev", "today"}};

        Set<Integer> with = ids(ENGLISH, doc, 1, 2);
        Set<Integer> without = ids(WITHOUT, doc, 1, 2);

        // "Tokayev" in the second sentence: the first occurrence's "president" and "said", as words and as clusters.
        assertThat(with).containsAll(without);
        assertThat(with).hasSize(without.size() + 4);
    }

    @Test
    void shouldGiveAWordSeenOnceNothingMore() {
        String[][] doc = {{"President", "Tokayev", "said", "it"}, {"He", "met", "Xi", "today"}};

        assertThat(ids(ENGLISH, doc, 0, 1)).isEqualTo(ids(WITHOUT, doc, 0, 1));
    }

    @Test
    void shouldCountANeighbourThisOccurrenceHasWhenAnotherHasItToo() {
        // Both follow "president": that the other one does is evidence too; "met" is this occurrence's alone.
        String[][] doc = {{"President", "Tokayev", "said", "it"}, {"President", "Tokayev", "met", "Xi"}};

        // "president" and "said", each as a word and as a cluster.
        assertThat(ids(ENGLISH, doc, 1, 1)).hasSize(ids(WITHOUT, doc, 1, 1).size() + 4);
    }

    @Test
    void shouldGiveNoContextsToAWordTheDocumentAlsoWritesInLowerCase() {
        // "The" starts both sentences and "the" stands inside one: a word, not a name.
        String[][] doc = {{"The", "talks", "ended"}, {"The", "minister", "met", "the", "press"}};

        assertThat(ids(ENGLISH, doc, 1, 0)).isEqualTo(ids(WITHOUT, doc, 1, 0));
    }

    @Test
    void shouldLeaveLowerCaseWordsAndCapitalHeadlinesAlone() {
        String[][] doc = {{"TOKAYEV", "MEETS", "XI"}, {"the", "talks", "said", "Tokayev"}, {"the", "talks", "ended"}};

        assertThat(ids(ENGLISH, doc, 2, 1)).isEqualTo(ids(WITHOUT, doc, 2, 1));
        assertThat(ids(ENGLISH, doc, 0, 0)).isEqualTo(ids(WITHOUT, doc, 0, 0));
    }

    private static Set<Integer> ids(NerFeatures features, String[][] doc, int sentence, int token) {
        return new HashSet<>(Arrays.stream(features.extract(doc, null)[sentence][token]).boxed().toList());
    }
}
