package io.newsroom.nlp.train;

import io.newsroom.nlp.ner.NerModel;
import io.newsroom.nlp.ner.NerTags;
import io.newsroom.nlp.ner.NerTags.Span;
import io.newsroom.nlp.train.PerceptronTrainer.Instance;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two generalisation devices of NER training: word-identity dropout hides a token's identity features from
 * the updates (so other features must learn the decision), and averaging differently shuffled runs gives the mean
 * of their weights. Tiny hash space and hand-made sentences: the mechanics, not accuracy.
 */
class PerceptronTrainerTest {

    private static final int BITS = 8;
    private static final int IDENTITY = 3;
    private static final int SHAPE = 7;
    private static final int OTHER = 11;

    /** "Name said": a one-token PER followed by an outside token; the name carries an identity and a shape feature. */
    private static List<Instance> sentences() {
        int[] gold = NerTags.encode(List.of(new Span(0, 1, "PER")), 2);
        int[][] features = {{IDENTITY, SHAPE}, {OTHER}};
        int[][] identity = {{IDENTITY}, {}};
        return List.of(new Instance(features, gold, identity));
    }

    private static float emission(NerModel model, int feature) {
        float[] scores = model.emissions(new int[][] {{feature}})[0];
        int perUnit = NerTags.encode(List.of(new Span(0, 1, "PER")), 1)[0];
        return scores[perUnit];
    }

    @Test
    void shouldLearnNothingFromWordIdentityWhenItIsAlwaysDropped() {
        PerceptronTrainer dropped = new PerceptronTrainer(BITS, 1.0, 42);
        PerceptronTrainer kept = new PerceptronTrainer(BITS, 0.0, 42);
        for (int e = 0; e < 3; e++) {
            dropped.epoch(sentences(), new Random(e));
            kept.epoch(sentences(), new Random(e));
        }

        assertThat(emission(kept.averaged(0f), IDENTITY)).isPositive();
        assertThat(emission(dropped.averaged(0f), IDENTITY)).isZero();
        assertThat(emission(dropped.averaged(0f), SHAPE)).isPositive();
    }

    @Test
    void shouldAverageShuffledRunsIntoTheMeanOfTheirWeights() {
        PerceptronTrainer a = new PerceptronTrainer(BITS, 0.5, 1);
        PerceptronTrainer b = new PerceptronTrainer(BITS, 0.5, 2);
        for (int e = 0; e < 4; e++) {
            a.epoch(sentences(), new Random(e));
            b.epoch(sentences(), new Random(100 + e));
        }
        int t = NerTags.COUNT;
        float[] w = new float[(1 << BITS) * t];
        float[] trans = new float[(t + 1) * t];
        float[] end = new float[t];
        a.addAveraged(w, trans, end, 0.5f);
        b.addAveraged(w, trans, end, 0.5f);
        NerModel mean = NerModel.fromDense(BITS, w, trans, end, 0f);

        float expected = (emission(a.averaged(0f), SHAPE) + emission(b.averaged(0f), SHAPE)) / 2;
        assertThat(expected).isPositive();
        assertThat(emission(mean, SHAPE)).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-5f));
        float expectedIdentity = (emission(a.averaged(0f), IDENTITY) + emission(b.averaged(0f), IDENTITY)) / 2;
        assertThat(emission(mean, IDENTITY)).isCloseTo(expectedIdentity, org.assertj.core.data.Offset.offset(1e-5f));
    }
}
