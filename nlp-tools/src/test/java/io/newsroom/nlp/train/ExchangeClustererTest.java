package io.newsroom.nlp.train;

import io.newsroom.nlp.ner.WordClusters;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exchange algorithm puts words that stand in the same places into one class, keeps their case, leaves out words
 * seen too rarely, and gives the same classes for the same text.
 */
class ExchangeClustererTest {

    private static ExchangeClusterer.Corpus corpus() {
        ExchangeClusterer.Corpus corpus = new ExchangeClusterer.Corpus();
        String[] people = {"Smith", "Jones", "Brown"};
        String[] places = {"Paris", "London", "Berlin"};
        for (int round = 0; round < 20; round++) {
            for (String person : people) {
                corpus.add(List.of("Mr", person, "said", "it", "."));
                corpus.add(List.of("they", "met", "Mr", person, "yesterday", "."));
            }
            for (String place : places) {
                corpus.add(List.of("rain", "fell", "in", place, "today", "."));
                corpus.add(List.of("we", "flew", "to", place, "again", "."));
            }
            corpus.add(List.of("the", "paris", "fashion", "show", "."));
        }
        corpus.add(List.of("Mr", "Once", "said", "it", "."));
        return corpus;
    }

    @Test
    void shouldGroupWordsThatStandInTheSamePlaces() {
        List<String> order = new ArrayList<>();
        WordClusters classes = new ExchangeClusterer(3, new int[]{6}, 20).buildBothSides(corpus(), List.of("test"), order);

        assertThat(classes.sizes()).containsExactly(6, 6);
        int[] smith = classes.lookup("Smith");
        int[] paris = classes.lookup("Paris");
        assertThat(classes.lookup("Jones")).containsExactly(smith);
        assertThat(classes.lookup("Brown")).containsExactly(smith);
        assertThat(classes.lookup("London")).containsExactly(paris);
        assertThat(classes.lookup("Berlin")).containsExactly(paris);
        assertThat(paris[0]).as("what they follow: Mr against in/to").isNotEqualTo(smith[0]);
        assertThat(paris[1]).as("what they precede: said/yesterday against today/again").isNotEqualTo(smith[1]);
        assertThat(classes.lookup("paris")).as("case is kept: lower-case paris is another word").isNotNull()
                .isNotEqualTo(paris);
        assertThat(classes.lookup("Once")).as("seen once, under the minimum count").isNull();
        assertThat(order).startsWith(".").contains("Smith", "paris").doesNotContain("Once", "<S>", "<RARE>");
        assertThat(classes.comments()).containsExactly("test");
    }

    @Test
    void shouldGiveTheSameClassesForTheSameText() {
        WordClusters once = new ExchangeClusterer(3, new int[]{4, 8}, 20).build(corpus(), List.of(), new ArrayList<>());
        WordClusters again = new ExchangeClusterer(3, new int[]{4, 8}, 20).build(corpus(), List.of(), new ArrayList<>());
        for (String w : List.of("Smith", "Paris", "Mr", "today", "paris", ".")) {
            assertThat(again.lookup(w)).as(w).containsExactly(once.lookup(w));
        }
        assertThat(once.sizes()).containsExactly(4, 8);
    }
}
