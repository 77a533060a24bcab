package io.newsroom.nlp.topics;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A softmax (multinomial logistic regression) classifier over the 17 top-level IPTC Media Topics on
 * tf-idf term vectors, plus one tf-idf centroid per second-level topic. Also holds the document frequencies
 * that keyword extraction uses. Immutable after construction: thread-safe.
 */
public final class TopicModel {

    /** A topic: QCode, English label, parent QCode (null for top level). */
    public record Topic(String code, String label, String parent) {
    }

    final List<Topic> classes;
    final Map<String, Integer> termIndex;
    final float[] idf;
    final float[][] weights;   // [class][term]
    final float[] bias;
    final List<Topic> children;
    final List<Map<Integer, Float>> childVectors;
    final int documents;

    public TopicModel(List<Topic> classes, Map<String, Integer> termIndex, float[] idf, float[][] weights, float[] bias,
               List<Topic> children, List<Map<Integer, Float>> childVectors, int documents) {
        this.classes = classes;
        this.termIndex = termIndex;
        this.idf = idf;
        this.weights = weights;
        this.bias = bias;
        this.children = children;
        this.childVectors = childVectors;
        this.documents = documents;
    }

    /** The top-level topics this model chooses between, in its order. */
    public List<Topic> classes() {
        return classes;
    }

    /** The QCodes of {@link #classes()}. */
    public java.util.Set<String> classCodes() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        classes.forEach(t -> out.add(t.code()));
        return out;
    }

    /** Inverse document frequency of a term; unseen terms count as rare. */
    public double idf(String term) {
        Integer i = termIndex.get(term);
        return i == null ? Math.log(documents + 1.0) : idf[i];
    }

    /** L2-normalised log-tf * idf vector of terms (unknown terms dropped). */
    public Map<Integer, Float> vector(List<String> terms) {
        Map<Integer, Float> tf = new HashMap<>();
        for (String t : terms) {
            Integer i = termIndex.get(t);
            if (i != null) {
                tf.merge(i, 1f, Float::sum);
            }
        }
        double norm = 0;
        for (Map.Entry<Integer, Float> e : tf.entrySet()) {
            float v = (float) ((1 + Math.log(e.getValue())) * idf[e.getKey()]);
            e.setValue(v);
            norm += v * v;
        }
        if (norm > 0) {
            float inv = (float) (1 / Math.sqrt(norm));
            tf.replaceAll((k, v) -> v * inv);
        }
        return tf;
    }

    /** Class probabilities for a vector. */
    public double[] probabilities(Map<Integer, Float> x) {
        return softmax(x, weights, bias);
    }

    /**
     * Softmax of {@code bias + weights · x} over the classes: the one definition, used by this model and by the trainer
     * (nlp-tools) on the weights it is fitting, so that what training optimises is exactly what tagging computes.
     */
    public static double[] softmax(Map<Integer, Float> x, float[][] weights, float[] bias) {
        double[] s = new double[weights.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < s.length; c++) {
            double v = bias[c];
            float[] w = weights[c];
            for (Map.Entry<Integer, Float> e : x.entrySet()) {
                v += w[e.getKey()] * e.getValue();
            }
            s[c] = v;
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int c = 0; c < s.length; c++) {
            s[c] = Math.exp(s[c] - max);
            sum += s[c];
        }
        for (int c = 0; c < s.length; c++) {
            s[c] /= sum;
        }
        return s;
    }

    public void write(OutputStream raw) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(raw), StandardCharsets.UTF_8));
        w.write("documents\t" + documents + "\n");
        for (int c = 0; c < classes.size(); c++) {
            Topic t = classes.get(c);
            w.write("class\t" + t.code() + "\t" + t.label() + "\t" + fmt(bias[c]) + "\n");
        }
        String[] terms = new String[termIndex.size()];
        termIndex.forEach((t, i) -> terms[i] = t);
        for (int i = 0; i < terms.length; i++) {
            StringBuilder sb = new StringBuilder("term\t").append(terms[i]).append('\t').append(fmt(idf[i]));
            for (float[] weight : weights) {
                sb.append('\t').append(fmt(weight[i]));
            }
            w.write(sb.append('\n').toString());
        }
        for (int k = 0; k < children.size(); k++) {
            Topic t = children.get(k);
            StringBuilder sb = new StringBuilder("child\t").append(t.code()).append('\t').append(t.label())
                    .append('\t').append(t.parent()).append('\t');
            childVectors.get(k).forEach((i, v) -> sb.append(terms[i]).append(':').append(fmt(v)).append(' '));
            w.write(sb.toString().strip() + "\n");
        }
        w.flush();
        w.close();
    }

    private static String fmt(double v) {
        if (v == 0) {
            return "0";
        }
        return String.format(Locale.ROOT, "%.4g", v);
    }

    public static TopicModel read(InputStream raw) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
        List<Topic> classes = new ArrayList<>();
        List<Float> bias = new ArrayList<>();
        Map<String, Integer> termIndex = new HashMap<>();
        List<float[]> termRows = new ArrayList<>();
        List<Float> idf = new ArrayList<>();
        List<Topic> children = new ArrayList<>();
        List<Map<Integer, Float>> childVectors = new ArrayList<>();
        int documents = 0;
        String line;
        while ((line = r.readLine()) != null) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "documents" -> documents = Integer.parseInt(f[1]);
                case "class" -> {
                    classes.add(new Topic(f[1], f[2], null));
                    bias.add(Float.parseFloat(f[3]));
                }
                case "term" -> {
                    termIndex.put(f[1], termRows.size());
                    idf.add(Float.parseFloat(f[2]));
                    float[] row = new float[f.length - 3];
                    for (int c = 0; c < row.length; c++) {
                        row[c] = Float.parseFloat(f[c + 3]);
                    }
                    termRows.add(row);
                }
                case "child" -> {
                    children.add(new Topic(f[1], f[2], f[3]));
                    Map<Integer, Float> v = new HashMap<>();
                    for (String tw : f[4].split(" ")) {
                        int colon = tw.lastIndexOf(':');
                        if (colon > 0 && termIndex.containsKey(tw.substring(0, colon))) {
                            v.put(termIndex.get(tw.substring(0, colon)), Float.parseFloat(tw.substring(colon + 1)));
                        }
                    }
                    childVectors.add(v);
                }
                default -> {
                    // unknown line kinds are skipped so newer files stay readable
                }
            }
        }
        float[][] weights = new float[classes.size()][termRows.size()];
        float[] idfs = new float[termRows.size()];
        for (int i = 0; i < termRows.size(); i++) {
            idfs[i] = idf.get(i);
            for (int c = 0; c < classes.size(); c++) {
                weights[c][i] = termRows.get(i)[c];
            }
        }
        float[] b = new float[bias.size()];
        for (int c = 0; c < b.length; c++) {
            b[c] = bias.get(c);
        }
        return new TopicModel(classes, termIndex, idfs, weights, b, children, childVectors, documents);
    }
}
