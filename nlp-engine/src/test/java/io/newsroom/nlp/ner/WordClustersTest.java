package io.newsroom.nlp.ner;

import io.newsroom.nlp.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cluster file keeps every word's ids and its provenance through a write/read round trip, and the NER
 * features let two words of one cluster share evidence: what lets a name never seen in training borrow the
 * weights of names it resembles.
 */
class WordClustersTest {

    private static final WordClusters CLUSTERS = new WordClusters(new int[]{4, 16},
            Map.of("lukashenko", new int[]{1, 7}, "tokayev", new int[]{1, 7}, "bakery", new int[]{2, 9}),
            List.of("test clusters"));

    @Test
    void shouldReadBackWhatItWrote() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CLUSTERS.write(bytes, List.of("tokayev", "lukashenko", "bakery"));
        WordClusters copy = WordClusters.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(copy.sizes()).containsExactly(4, 16);
        assertThat(copy.size()).isEqualTo(3);
        assertThat(copy.lookup("tokayev")).containsExactly(1, 7);
        assertThat(copy.lookup("bakery")).containsExactly(2, 9);
        assertThat(copy.lookup("unknown")).isNull();
        assertThat(copy.comments()).containsExactly("test clusters");
    }

    @Test
    void shouldGiveTwoWordsOfOneClusterSharedFeatures() {
        // Same context and shape: only the cluster features (one per granularity, alone and with the shape) differ.
        assertThat(sharedByTokayevAndLukashenkoOnly(new NerFeatures(Gazetteer.empty(), CLUSTERS, 22))).hasSize(4);
    }

    @Test
    void shouldAddNoClusterFeaturesWithoutClusters() {
        Set<Integer> with = tokenFeatures(new NerFeatures(Gazetteer.empty(), CLUSTERS, 22), "President", "Tokayev", "said");
        Set<Integer> without = tokenFeatures(new NerFeatures(Gazetteer.empty(), WordClusters.NONE, 22), "President", "Tokayev", "said");
        assertThat(with).containsAll(without);
        assertThat(with).hasSizeGreaterThan(without.size());
    }

    @Test
    void shouldKeepWordsThatStartWithAHash() throws Exception {
        WordClusters hashtags = new WordClusters(new int[]{8}, Map.of("#", new int[]{3}, "#MeToo", new int[]{5}),
                List.of("hashtags"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        hashtags.write(bytes, List.of("#", "#MeToo"));
        WordClusters copy = WordClusters.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(copy.lookup("#")).containsExactly(3);
        assertThat(copy.lookup("#MeToo")).containsExactly(5);
        assertThat(copy.comments()).containsExactly("hashtags");
    }

    @Test
    void shouldGiveCasedClassesToTheWordAsWritten() {
        WordClusters cased = new WordClusters(new int[]{4, 16},
                Map.of("Tokayev", new int[]{1, 7}, "Lukashenko", new int[]{1, 7}, "Bakery", new int[]{2, 9}),
                List.of("test classes"));
        NerFeatures features = new NerFeatures(Gazetteer.empty(), WordClusters.NONE, cased, 22, false);
        // Same context and shape: only the class features (one per level) differ.
        Set<Integer> classIds = sharedByTokayevAndLukashenkoOnly(features);
        assertThat(classIds).as("the shared class at each level").hasSize(2);
        assertThat(tokenFeatures(features, "President", "tokayev", "said"))
                .as("\"tokayev\" in lower case is another word to the cased classes").doesNotContainAnyElementsOf(classIds);
        Set<Integer> withoutClasses = tokenFeatures(new NerFeatures(Gazetteer.empty(), WordClusters.NONE, 22),
                "President", "Tokayev", "said");
        assertThat(tokenFeatures(features, "President", "Tokayev", "said")).containsAll(withoutClasses)
                .hasSizeGreaterThan(withoutClasses.size());
    }

    /** Features "Tokayev" shares with "Lukashenko" (one cluster) and not with "Bakery" (another), in one context. */
    private static Set<Integer> sharedByTokayevAndLukashenkoOnly(NerFeatures features) {
        Set<Integer> shared = tokenFeatures(features, "President", "Tokayev", "said");
        shared.retainAll(tokenFeatures(features, "President", "Lukashenko", "said"));
        shared.removeAll(tokenFeatures(features, "President", "Bakery", "said"));
        return shared;
    }

    private static Set<Integer> tokenFeatures(NerFeatures features, String... sentence) {
        int[] ids = features.extract(new String[][]{sentence}, null)[0][1];
        return new HashSet<>(Arrays.stream(ids).boxed().toList());
    }
}
