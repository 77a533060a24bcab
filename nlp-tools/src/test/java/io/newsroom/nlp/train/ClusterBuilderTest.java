package io.newsroom.nlp.train;

import io.newsroom.nlp.ner.WordClusters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Spherical k-means puts words whose vectors point the same way together, at every granularity, reproducibly. */
class ClusterBuilderTest {

    @Test
    void shouldClusterWordsByDirection(@TempDir Path dir) throws Exception {
        Path tsv = dir.resolve("vectors.tsv");
        Files.write(tsv, List.of(
                "paris\t1.0 0.1 0.0", "london\t2.0 0.3 0.1", "berlin\t0.9 0.0 0.1",
                "eat\t0.0 1.0 0.1", "drink\t0.1 3.0 0.0", "sleep\t0.0 0.9 0.2",
                "rare\t0.0 0.0 1.0"));
        ClusterBuilder.Vectors vectors = ClusterBuilder.readVectors(tsv, 6);
        assertThat(vectors.words()).containsExactly("paris", "london", "berlin", "eat", "drink", "sleep");

        WordClusters clusters = new ClusterBuilder(6, new int[]{2}, 5, 7L).build(vectors, List.of("test"));
        WordClusters again = new ClusterBuilder(6, new int[]{2}, 5, 7L).build(vectors, List.of("test"));

        int cities = clusters.lookup("paris")[0];
        int verbs = clusters.lookup("eat")[0];
        assertThat(cities).isNotEqualTo(verbs);
        assertThat(clusters.lookup("london")[0]).isEqualTo(cities);
        assertThat(clusters.lookup("berlin")[0]).isEqualTo(cities);
        assertThat(clusters.lookup("drink")[0]).isEqualTo(verbs);
        assertThat(clusters.lookup("sleep")[0]).isEqualTo(verbs);
        assertThat(clusters.lookup("rare")).as("beyond the word limit").isNull();
        assertThat(again.lookup("paris")).containsExactly(clusters.lookup("paris"));
    }
}
