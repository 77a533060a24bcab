package io.newsroom.nlp.topics;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The softmax that both tagging ({@link TopicModel#probabilities}) and the trainer in nlp-tools use: one definition,
 * so training optimises exactly what tagging computes.
 */
class TopicModelSoftmaxTest {

    @Test
    void shouldTurnScoresIntoProbabilitiesThatSumToOne() {
        float[][] weights = {{2f, 0f}, {0f, 1f}, {0f, 0f}};
        float[] bias = {0f, 0f, 0f};

        double[] p = TopicModel.softmax(Map.of(0, 1f, 1, 1f), weights, bias);

        double z = Math.exp(2) + Math.exp(1) + Math.exp(0);
        assertThat(p).hasSize(3);
        assertThat(p[0]).isCloseTo(Math.exp(2) / z, within(1e-12));
        assertThat(p[1]).isCloseTo(Math.exp(1) / z, within(1e-12));
        assertThat(p[2]).isCloseTo(1 / z, within(1e-12));
    }

    @Test
    void shouldStayFiniteForLargeScores() {
        double[] p = TopicModel.softmax(Map.of(), new float[][]{{0f}, {0f}}, new float[]{1000f, 999f});

        assertThat(p[0]).isCloseTo(Math.E / (Math.E + 1), within(1e-12));
        assertThat(p[1]).isCloseTo(1 / (Math.E + 1), within(1e-12));
    }
}
