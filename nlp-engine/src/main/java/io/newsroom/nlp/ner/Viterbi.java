package io.newsroom.nlp.ner;

/**
 * Best BILOU tag sequence under emission + first-order transition scores, with invalid transitions (e.g.
 * O -> I-PER) excluded, so the output always decodes to well-formed spans.
 */
public final class Viterbi {

    private static final float NEG = Float.NEGATIVE_INFINITY;
    private static final int[][] PREDECESSORS = predecessors();

    private Viterbi() {
    }

    /**
     * @param em    emission scores [token][tag]
     * @param trans transition scores [(from * T) + to], row T holds start scores
     * @param end   end scores [tag]
     */
    public static int[] decode(float[][] em, float[] trans, float[] end) {
        return decode(em, trans, into(trans), end);
    }

    /**
     * For each tag, the transition scores into it from its allowed predecessors (in the order of {@code PREDECESSORS}),
     * side by side for the inner loop; a model works them out once, not for every sentence.
     */
    static float[][] into(float[] trans) {
        int t = NerTags.COUNT;
        float[][] into = new float[t][];
        for (int j = 0; j < t; j++) {
            int[] from = PREDECESSORS[j];
            into[j] = new float[from.length];
            for (int x = 0; x < from.length; x++) {
                into[j][x] = trans[from[x] * t + j];
            }
        }
        return into;
    }

    /** {@link #decode(float[][], float[], float[])} with {@code into} = {@link #into}{@code (trans)}. */
    static int[] decode(float[][] em, float[] trans, float[][] into, float[] end) {
        int n = em.length;
        int t = NerTags.COUNT;
        int[] best = new int[n];
        if (n == 0) {
            return best;
        }
        float[] prev = new float[t];
        float[] cur = new float[t];
        int[] back = new int[n * t];
        for (int j = 0; j < t; j++) {
            prev[j] = NerTags.allowedStart(j) ? em[0][j] + trans[t * t + j] : NEG;
        }
        for (int i = 1; i < n; i++) {
            float[] emi = em[i];
            for (int j = 0; j < t; j++) {
                float bestScore = NEG;
                int arg = 0;
                // Only the allowed predecessors, in increasing order: the same strict ">" ties as trying all of them.
                int[] from = PREDECESSORS[j];
                float[] score = into[j];
                for (int x = 0; x < from.length; x++) {
                    int k = from[x];
                    if (prev[k] == NEG) {
                        continue;
                    }
                    float s = prev[k] + score[x];
                    if (s > bestScore) {
                        bestScore = s;
                        arg = k;
                    }
                }
                cur[j] = bestScore == NEG ? NEG : bestScore + emi[j];
                back[i * t + j] = arg;
            }
            float[] tmp = prev;
            prev = cur;
            cur = tmp;
        }
        float bestScore = NEG;
        int arg = 0;
        for (int j = 0; j < t; j++) {
            if (prev[j] != NEG && NerTags.allowedEnd(j) && prev[j] + end[j] > bestScore) {
                bestScore = prev[j] + end[j];
                arg = j;
            }
        }
        best[n - 1] = arg;
        for (int i = n - 1; i > 0; i--) {
            best[i - 1] = back[i * t + best[i]];
        }
        return best;
    }

    /** For each tag, the tags allowed before it, in increasing order. */
    private static int[][] predecessors() {
        int t = NerTags.COUNT;
        int[][] out = new int[t][];
        for (int j = 0; j < t; j++) {
            int[] from = new int[t];
            int count = 0;
            for (int k = 0; k < t; k++) {
                if (NerTags.allowed(k, j)) {
                    from[count++] = k;
                }
            }
            out[j] = java.util.Arrays.copyOf(from, count);
        }
        return out;
    }
}
