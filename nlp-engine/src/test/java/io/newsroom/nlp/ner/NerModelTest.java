package io.newsroom.nlp.ner;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The compact model format keeps decoding decisions, and the decoder only emits well-formed spans. */
class NerModelTest {

    @Test
    void shouldDecodeTheSameAfterAWriteReadRoundTrip() throws Exception {
        int bits = 10;
        Random random = new Random(1);
        float[] dense = new float[(1 << bits) * NerTags.COUNT];
        for (int i = 0; i < dense.length; i += 3) {
            dense[i] = (float) random.nextGaussian();
        }
        float[] trans = new float[(NerTags.COUNT + 1) * NerTags.COUNT];
        float[] end = new float[NerTags.COUNT];
        NerModel model = NerModel.fromDense(bits, dense, trans, end, 0f);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        NerModel copy = NerModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        for (int k = 0; k < 50; k++) {
            int[][] features = new int[8][];
            for (int i = 0; i < features.length; i++) {
                features[i] = random.ints(12, 0, 1 << bits).toArray();
            }
            int[] tags = model.decode(features);
            assertThat(copy.decode(features)).containsExactly(tags);
            assertThat(NerTags.encode(NerTags.spans(tags), tags.length)).containsExactly(tags);
        }
    }

    @Test
    void shouldWriteAModelReadFromAFileAsTheSameFileAndScoreItTheSame() throws Exception {
        NerModel model = NerModel.fromDense(10, denseWeights(), new float[(NerTags.COUNT + 1) * NerTags.COUNT],
                new float[NerTags.COUNT], 0f);
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        model.write(first);
        NerModel read = NerModel.read(new ByteArrayInputStream(first.toByteArray()));
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        read.write(second);
        NerModel readAgain = NerModel.read(new ByteArrayInputStream(second.toByteArray()));

        assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
        int[][] features = {{1, 2, 3, 700}, {5, 1023, 9}};
        assertThat(readAgain.emissions(features)).isDeepEqualTo(read.emissions(features));
        assertThat(read.emissions(features)[1]).isNotEqualTo(new float[NerTags.COUNT]);
    }

    private static float[] denseWeights() {
        Random random = new Random(2);
        float[] dense = new float[(1 << 10) * NerTags.COUNT];
        for (int i = 0; i < dense.length; i += 3) {
            dense[i] = (float) random.nextGaussian();
        }
        return dense;
    }

    @Test
    void shouldConvertIobLabelsToSpans() {
        String[] labels = {"B-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG", "I-ORG"};
        assertThat(NerTags.spansFromIob(labels)).containsExactly(new NerTags.Span(0, 2, "PER"),
                new NerTags.Span(3, 4, "LOC"), new NerTags.Span(4, 5, "LOC"), new NerTags.Span(5, 7, "ORG"));
        assertThat(List.of(NerTags.allowed(0, NerTags.tag(0, 1)))).containsExactly(false);
    }
}
