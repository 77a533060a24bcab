package io.newsroom.nlp.train;

import io.newsroom.nlp.ner.NerModel;
import io.newsroom.nlp.ner.NerTags;
import io.newsroom.nlp.ner.Viterbi;

import java.util.List;
import java.util.Random;

/**
 * Averaged structured perceptron (Collins 2002) over BILOU sequences: decode each sentence with Viterbi under
 * the current weights and, where the best sequence differs from the gold one, move weights towards the gold
 * features and transitions. Averaging uses the Daumé trick (keep the running sum of c * update) so it costs
 * nothing per step. Dense arrays over the whole hash space: fast, and training memory is not a concern.
 *
 * <p>Word-identity dropout: with probability {@code dropout}, a token's word-identity features (its word and
 * lower-case form, {@link Instance#identity()}) are hidden for that one update, so the weights of clusters,
 * shapes, affixes and context must carry the decision too, as they must for a name never seen in training.
 * The draws come from their own generator, so the shuffle order is the same with and without dropout.
 */
final class PerceptronTrainer {

    private static final int T = NerTags.COUNT;

    /**
     * One training sentence: feature ids per token, gold BILOU tags, and per token the ids of its word-identity
     * features (may be null: then dropout never applies).
     */
    record Instance(int[][] features, int[] gold, int[][] identity) {
    }

    private final int bits;
    private final float[] w;
    private final float[] u;
    private final float[] trans = new float[(T + 1) * T];
    private final float[] transU = new float[(T + 1) * T];
    private final float[] end = new float[T];
    private final float[] endU = new float[T];
    private final double dropout;
    private final Random dropRandom;
    private long c = 1;

    PerceptronTrainer(int bits) {
        this(bits, 0, 0);
    }

    PerceptronTrainer(int bits, double dropout, long seed) {
        this.bits = bits;
        this.dropout = dropout;
        this.dropRandom = new Random(seed ^ 0x5EED_D12FL);
        w = new float[(1 << bits) * T];
        u = new float[(1 << bits) * T];
    }

    void epoch(List<Instance> data, Random random) {
        int[] order = new int[data.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
        for (int idx : order) {
            train(data.get(idx));
            c++;
        }
    }

    private void train(Instance x) {
        int n = x.gold().length;
        int[][] features = dropout > 0 && x.identity() != null ? dropIdentity(x) : x.features();
        float[][] em = new float[n][T];
        for (int i = 0; i < n; i++) {
            for (int f : features[i]) {
                int base = f * T;
                for (int t = 0; t < T; t++) {
                    em[i][t] += w[base + t];
                }
            }
        }
        int[] pred = Viterbi.decode(em, trans, end);
        int[] gold = x.gold();
        for (int i = 0; i < n; i++) {
            if (pred[i] != gold[i]) {
                for (int f : features[i]) {
                    update(w, u, f * T + gold[i], 1);
                    update(w, u, f * T + pred[i], -1);
                }
            }
            int gPrev = i == 0 ? T : gold[i - 1];
            int pPrev = i == 0 ? T : pred[i - 1];
            if (gPrev != pPrev || gold[i] != pred[i]) {
                update(trans, transU, gPrev * T + gold[i], 1);
                update(trans, transU, pPrev * T + pred[i], -1);
            }
        }
        if (gold[n - 1] != pred[n - 1]) {
            update(end, endU, gold[n - 1], 1);
            update(end, endU, pred[n - 1], -1);
        }
    }

    /** The sentence's features with the identity features of randomly chosen tokens left out. */
    private int[][] dropIdentity(Instance x) {
        int[][] out = x.features().clone();
        for (int i = 0; i < out.length; i++) {
            if (dropRandom.nextDouble() < dropout) {
                int[] ids = x.identity()[i];
                out[i] = java.util.Arrays.stream(out[i]).filter(f -> !contains(ids, f)).toArray();
            }
        }
        return out;
    }

    private static boolean contains(int[] ids, int f) {
        for (int id : ids) {
            if (id == f) {
                return true;
            }
        }
        return false;
    }

    private void update(float[] weights, float[] sums, int index, int delta) {
        weights[index] += delta;
        sums[index] += c * delta;
    }

    /** Adds {@code scale} times the averaged weights into dense sums (to average several differently shuffled runs). */
    void addAveraged(float[] sumW, float[] sumTrans, float[] sumEnd, float scale) {
        for (int i = 0; i < w.length; i++) {
            sumW[i] += scale * (w[i] - u[i] / c);
        }
        for (int i = 0; i < trans.length; i++) {
            sumTrans[i] += scale * (trans[i] - transU[i] / c);
        }
        for (int i = 0; i < T; i++) {
            sumEnd[i] += scale * (end[i] - endU[i] / c);
        }
    }

    int bits() {
        return bits;
    }

    /** The averaged model, dropping feature rows whose weights are all below minAbs. */
    NerModel averaged(float minAbs) {
        float[] avg = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            avg[i] = w[i] - u[i] / c;
        }
        float[] avgTrans = new float[trans.length];
        for (int i = 0; i < trans.length; i++) {
            avgTrans[i] = trans[i] - transU[i] / c;
        }
        float[] avgEnd = new float[T];
        for (int i = 0; i < T; i++) {
            avgEnd[i] = end[i] - endU[i] / c;
        }
        return NerModel.fromDense(bits, avg, avgTrans, avgEnd, minAbs);
    }
}
