package io.newsroom.nlp.train;

import io.newsroom.nlp.ner.WordClusters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word classes from running text by the predictive exchange algorithm (Uszkoreit and Brants 2008): each word goes
 * to the class that best predicts it from the word before it, P(w | v) = P(class(w) | v) P(w | class(w)), and the
 * words are moved one at a time to their best class until few move. Read forwards, a class holds words that follow
 * the same words; read backwards ({@link #buildBothSides}), words that precede the same words. Unlike the GloVe
 * clusters, which are lower case, the words keep their case: "Tokayev" shares a class with the surnames that stand
 * where it stands, "Apple" need not share one with "apple".
 *
 * <p>The log-likelihood terms that depend on the classes are {@code sum_{v,c} N(v,c) log N(v,c) - sum_c N(c) log N(c)},
 * with N(v,c) the count of word v followed by a word of class c. Moving a word changes only the rows of the words
 * seen before it, and the counts per (previous word, class) are one dense table, so a move is scored against every
 * class in one pass over the word's predecessors. Deterministic: the same text gives the same classes.
 */
public final class ExchangeClusterer {

    /** Word id of a sentence boundary; the rare-word id is 1. */
    private static final int BOUNDARY = 0;
    private static final int RARE = 1;

    private final int minCount;
    private final int[] sizes;
    private final int maxIterations;

    /**
     * @param minCount      words seen fewer times share one "rare" id and get no class
     * @param sizes         class counts, one clustering each (e.g. 64, 256, 1024)
     * @param maxIterations passes over the vocabulary at most; a clustering stops early once fewer than one word in
     *                      a thousand moves in a pass
     */
    public ExchangeClusterer(int minCount, int[] sizes, int maxIterations) {
        this.minCount = minCount;
        this.sizes = sizes.clone();
        this.maxIterations = maxIterations;
    }

    /** Running text as word ids, a boundary after each sentence. */
    public static final class Corpus {
        private final Map<String, Integer> ids = new HashMap<>(1 << 20);
        private final List<String> words = new ArrayList<>();
        private int[] stream = new int[1 << 16];
        private int length;
        private long[] counts = new long[1 << 12];

        public Corpus() {
            id("<S>");
            id("<RARE>");
        }

        private int id(String w) {
            Integer id = ids.get(w);
            if (id == null) {
                id = words.size();
                ids.put(w, id);
                words.add(w);
                if (id >= counts.length) {
                    counts = Arrays.copyOf(counts, counts.length * 2);
                }
            }
            return id;
        }

        /** Adds a sentence, then a boundary. */
        public void add(List<String> sentence) {
            for (String t : sentence) {
                push(id(t));
            }
            push(BOUNDARY);
        }

        private void push(int id) {
            if (length == stream.length) {
                stream = Arrays.copyOf(stream, stream.length * 2);
            }
            stream[length++] = id;
            counts[id]++;
        }

        public int tokens() {
            return length;
        }

        /** The word ids in reading order. */
        int[] stream() {
            return Arrays.copyOf(stream, length);
        }
    }

    /**
     * Classes read forwards, one level per size, for every word seen at least {@code minCount} times; {@code order}
     * receives those words, most frequent first (the boundary and rare-word ids are left out).
     */
    public WordClusters build(Corpus corpus, List<String> provenance, List<String> order) {
        Vocabulary vocab = vocabulary(corpus);
        int[][] classes = classes(corpus.stream(), vocab);
        return clusters(vocab, classes, sizes, provenance, order);
    }

    /**
     * Classes read forwards, then classes read backwards: levels {@code sizes} followed by {@code sizes} again, so a
     * word's row says both what it follows and what it precedes.
     */
    public WordClusters buildBothSides(Corpus corpus, List<String> provenance, List<String> order) {
        Vocabulary vocab = vocabulary(corpus);
        int[] stream = corpus.stream();
        int[][] forwards = classes(stream, vocab);
        for (int i = 0, j = stream.length - 1; i < j; i++, j--) {
            int t = stream[i];
            stream[i] = stream[j];
            stream[j] = t;
        }
        int[][] backwards = classes(stream, vocab);
        int[][] both = new int[2 * sizes.length][];
        int[] bothSizes = new int[2 * sizes.length];
        for (int s = 0; s < sizes.length; s++) {
            both[s] = forwards[s];
            both[sizes.length + s] = backwards[s];
            bothSizes[s] = sizes[s];
            bothSizes[sizes.length + s] = sizes[s];
        }
        return clusters(vocab, both, bothSizes, provenance, order);
    }

    /** The words kept, most frequent first, and each raw id's place among them (-1: rare). */
    private record Vocabulary(List<String> words, int[] index) {
    }

    private Vocabulary vocabulary(Corpus corpus) {
        int raw = corpus.words.size();
        Integer[] byCount = new Integer[raw];
        for (int i = 0; i < raw; i++) {
            byCount[i] = i;
        }
        // Stable sort: ties keep first-seen order, so the same text gives the same ids
        Arrays.sort(byCount, (a, b) -> Long.compare(corpus.counts[b], corpus.counts[a]));
        int[] index = new int[raw];
        List<String> words = new ArrayList<>();
        for (int r : byCount) {
            if (r == BOUNDARY || r == RARE || corpus.counts[r] >= minCount) {
                index[r] = words.size();
                words.add(corpus.words.get(r));
            } else {
                index[r] = -1;
            }
        }
        return new Vocabulary(words, index);
    }

    /** Classes of the words of {@code stream} at each size, by the word before each. */
    private int[][] classes(int[] stream, Vocabulary vocab) {
        int v = vocab.words.size();
        int rare = vocab.index[RARE];
        // Every (previous word, word) pair as one long, sorted by word: each word's predecessors in one run
        long[] pairs = new long[Math.max(0, stream.length - 1)];
        for (int i = 1; i < stream.length; i++) {
            int a = vocab.index[stream[i - 1]];
            int b = vocab.index[stream[i]];
            pairs[i - 1] = ((long) (b < 0 ? rare : b) << 32) | (a < 0 ? rare : a);
        }
        Arrays.sort(pairs);
        int distinct = 0;
        for (int i = 0; i < pairs.length; i++) {
            if (i == 0 || pairs[i] != pairs[i - 1]) {
                distinct++;
            }
        }
        int[] start = new int[v + 1];
        int[] pred = new int[distinct];
        int[] cnt = new int[distinct];
        long[] wordCount = new long[v];
        int k = -1;
        for (int i = 0; i < pairs.length; i++) {
            int w = (int) (pairs[i] >>> 32);
            if (i == 0 || pairs[i] != pairs[i - 1]) {
                k++;
                pred[k] = (int) pairs[i];
                start[w + 1] = k + 1;
            }
            cnt[k]++;
            wordCount[w]++;
        }
        for (int w = 1; w <= v; w++) {
            start[w] = Math.max(start[w], start[w - 1]);
        }
        double[] xlogx = new double[pairs.length + 1];
        for (int i = 1; i < xlogx.length; i++) {
            xlogx[i] = i * Math.log(i);
        }
        System.out.printf("exchange: %,d tokens, %,d words seen at least %d times, %,d distinct word pairs%n",
                stream.length, v - 2, minCount, distinct);
        int[][] out = new int[sizes.length][];
        for (int s = 0; s < sizes.length; s++) {
            out[s] = cluster(sizes[s], v, start, pred, cnt, wordCount, xlogx);
        }
        return out;
    }

    private int[] cluster(int c, int v, int[] start, int[] pred, int[] cnt, long[] wordCount, double[] xlogx) {
        if ((long) v * c > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many words x classes: " + v + " x " + c);
        }
        // The c most frequent words start in classes of their own, the rest round-robin
        int[] cls = new int[v];
        for (int w = 0; w < v; w++) {
            cls[w] = w % c;
        }
        int[] table = new int[v * c];
        long[] classCount = new long[c];
        for (int w = 0; w < v; w++) {
            classCount[cls[w]] += wordCount[w];
            for (int p = start[w]; p < start[w + 1]; p++) {
                table[pred[p] * c + cls[w]] += cnt[p];
            }
        }
        double[] gain = new double[c];
        for (int it = 1; it <= maxIterations; it++) {
            long t0 = System.nanoTime();
            int moved = 0;
            for (int w = 0; w < v; w++) {
                long n = wordCount[w];
                if (n == 0) {
                    continue;
                }
                int from = cls[w];
                for (int p = start[w]; p < start[w + 1]; p++) {
                    table[pred[p] * c + from] -= cnt[p];
                }
                classCount[from] -= n;
                for (int j = 0; j < c; j++) {
                    long m = classCount[j];
                    gain[j] = xl(m, xlogx) - xl(m + n, xlogx);
                }
                for (int p = start[w]; p < start[w + 1]; p++) {
                    int row = pred[p] * c;
                    int add = cnt[p];
                    for (int j = 0; j < c; j++) {
                        int m = table[row + j];
                        gain[j] += xlogx[m + add] - xlogx[m];
                    }
                }
                int best = from;
                for (int j = 0; j < c; j++) {
                    if (gain[j] > gain[best] + 1e-9) {
                        best = j;
                    }
                }
                if (best != from) {
                    moved++;
                }
                cls[w] = best;
                for (int p = start[w]; p < start[w + 1]; p++) {
                    table[pred[p] * c + best] += cnt[p];
                }
                classCount[best] += n;
            }
            System.out.printf("exchange, %d classes: pass %d moved %,d words (%.1f s)%n", c, it, moved,
                    (System.nanoTime() - t0) / 1e9);
            if (moved < v / 1000) {
                break;
            }
        }
        return cls;
    }

    private static WordClusters clusters(Vocabulary vocab, int[][] classes, int[] sizes, List<String> provenance,
                                         List<String> order) {
        Map<String, int[]> ids = new HashMap<>(vocab.words.size() * 2);
        for (int w = 0; w < vocab.words.size(); w++) {
            if (w == vocab.index[BOUNDARY] || w == vocab.index[RARE]) {
                continue;
            }
            int[] row = new int[classes.length];
            for (int s = 0; s < classes.length; s++) {
                row[s] = classes[s][w];
            }
            ids.put(vocab.words.get(w), row);
            order.add(vocab.words.get(w));
        }
        return new WordClusters(sizes, ids, provenance);
    }

    /** x log x: from the table while x is a count of pairs, else computed (class totals can exceed it). */
    private static double xl(long x, double[] xlogx) {
        return x < xlogx.length ? xlogx[(int) x] : x * Math.log(x);
    }
}
