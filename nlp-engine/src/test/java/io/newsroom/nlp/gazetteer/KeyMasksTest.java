package io.newsroom.nlp.gazetteer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeyMasksTest {

    @Test
    void keepsEveryKeysKindsThroughGrowingAndKnowsNoOtherKey() {
        KeyMasks masks = new KeyMasks(8);
        for (int i = 0; i < 5_000; i++) {
            masks.merge(KeyMasks.of("place " + i), 1 << (i % 3));
        }
        masks.merge(KeyMasks.of("place 7"), 1 << 4);

        assertThat(masks.size()).isEqualTo(5_000);
        assertThat(masks.get(KeyMasks.of("place 0"))).isEqualTo(1);
        assertThat(masks.get(KeyMasks.of("place 4999"))).isEqualTo(1 << (4999 % 3));
        assertThat(masks.get(KeyMasks.of("place 7"))).isEqualTo((1 << 1) | (1 << 4));
        assertThat(masks.get(KeyMasks.of("place 5000"))).isZero();
        assertThat(masks.get(KeyMasks.of("place"))).isZero();
    }

    @Test
    void aKeyHashedWordByWordIsTheKeyHashedWhole() {
        long byWords = KeyMasks.append(KeyMasks.append(KeyMasks.append(KeyMasks.EMPTY, "sant"), ' '), "julia");

        assertThat(byWords).isEqualTo(KeyMasks.of("sant julia"));
        assertThat(byWords).isNotEqualTo(KeyMasks.of("santjulia"));
    }

    @Test
    void aPlaceIsFoundByItsNameAsTheTextWritesIt() {
        String key = Gazetteer.sequenceKey("Sant Julià de Lòria");

        assertThat(key).isEqualTo("sant julia de loria");
        assertThat(Gazetteer.sequenceKey("Saint-Denis")).isEqualTo(Gazetteer.sequenceKey("SAINT-DENIS"));
        assertThat(Gazetteer.sequenceKey("a b c d e f g h i")).isNull(); // longer than the matcher tries
    }
}
