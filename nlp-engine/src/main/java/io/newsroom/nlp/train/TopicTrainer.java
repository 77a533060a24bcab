package io.newsroom.nlp.train;

import io.newsroom.nlp.topics.Terms;
import io.newsroom.nlp.topics.TopicModel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Trains the topic model. BBC articles teach the five classes they map to; the other twelve top-level
 * topics (and the vocabulary of all seventeen) come from pseudo-documents built from the IPTC names and
 * definitions of every concept under each topic. Softmax regression by SGD with weight decay, on tf-idf
 * vectors. Second-level topics get a tf-idf centroid of their own subtree's names and definitions.
 */
public final class TopicTrainer {

    static final int EPOCHS = 30;
    static final double LEARNING_RATE = 0.5;
    static final double DECAY = 1e-4;
    static final int CHILD_TERMS = 60;

    public TopicModel train(List<BbcCorpus.Article> articles, List<IptcTaxonomy.Concept> taxonomy) {
        List<TopicModel.Topic> classes = new ArrayList<>();
        Map<String, Integer> classIndex = new HashMap<>();
        for (IptcTaxonomy.Concept c : taxonomy) {
            if (c.isTopLevel()) {
                classIndex.put(c.code(), classes.size());
                classes.add(new TopicModel.Topic(c.code(), c.name(), null));
            }
        }
        List<List<String>> docs = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (BbcCorpus.Article a : articles) {
            docs.add(Terms.ofArticle(a.headline(), a.body()));
            labels.add(classIndex.get(a.iptc()));
        }
        Set<String> iptcTerms = new HashSet<>();
        for (IptcTaxonomy.Concept c : taxonomy) {
            if (c.level1() == null || !classIndex.containsKey(c.level1())) {
                continue;
            }
            List<String> terms = Terms.of(c.name() + ". " + c.name() + ". " + c.definition());
            iptcTerms.addAll(terms);
            docs.add(terms);
            labels.add(classIndex.get(c.level1()));
        }
        // Vocabulary: terms in two or more documents, plus every IPTC term (rare topics have few words).
        Map<String, Integer> df = new HashMap<>();
        for (List<String> d : docs) {
            for (String t : new HashSet<>(d)) {
                df.merge(t, 1, Integer::sum);
            }
        }
        Map<String, Integer> termIndex = new LinkedHashMap<>();
        List<String> sorted = new ArrayList<>(df.keySet());
        Collections.sort(sorted);
        for (String t : sorted) {
            if (df.get(t) >= 2 || iptcTerms.contains(t)) {
                termIndex.put(t, termIndex.size());
            }
        }
        float[] idf = new float[termIndex.size()];
        termIndex.forEach((t, i) -> idf[i] = (float) (Math.log((docs.size() + 1.0) / (df.get(t) + 1.0)) + 1));
        float[][] weights = new float[classes.size()][termIndex.size()];
        float[] bias = new float[classes.size()];
        TopicModel partial = new TopicModel(classes, termIndex, idf, weights, bias, List.of(), List.of(), docs.size());
        List<Map<Integer, Float>> vectors = new ArrayList<>();
        for (List<String> d : docs) {
            vectors.add(vector(partial, d));
        }
        sgd(partial, vectors, labels, weights, bias);
        List<TopicModel.Topic> children = new ArrayList<>();
        List<Map<Integer, Float>> childVectors = new ArrayList<>();
        for (IptcTaxonomy.Concept c : taxonomy) {
            if (c.isSecondLevel() && classIndex.containsKey(c.level1())) {
                children.add(new TopicModel.Topic(c.code(), c.name(), c.level1()));
                childVectors.add(top(vector(partial, subtreeTerms(c, taxonomy)), CHILD_TERMS));
            }
        }
        return new TopicModel(classes, termIndex, idf, weights, bias, children, childVectors, docs.size());
    }

    private static void sgd(TopicModel m, List<Map<Integer, Float>> x, List<Integer> y, float[][] w, float[] b) {
        Random random = new Random(7);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < x.size(); i++) {
            order.add(i);
        }
        int classes = w.length;
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            double lr = LEARNING_RATE / (1 + epoch * 0.2);
            for (int i : order) {
                double[] p = probabilities(x.get(i), w, b);
                for (int c = 0; c < classes; c++) {
                    double g = p[c] - (c == y.get(i) ? 1 : 0);
                    if (Math.abs(g) < 1e-6) {
                        continue;
                    }
                    float step = (float) (lr * g);
                    for (Map.Entry<Integer, Float> e : x.get(i).entrySet()) {
                        w[c][e.getKey()] -= step * e.getValue();
                    }
                    b[c] -= step * 0.1f;
                }
            }
            float shrink = (float) (1 - lr * DECAY * x.size() / 100.0);
            for (float[] row : w) {
                for (int k = 0; k < row.length; k++) {
                    row[k] *= shrink;
                }
            }
        }
    }

    private static double[] probabilities(Map<Integer, Float> x, float[][] w, float[] b) {
        double[] s = new double[w.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < w.length; c++) {
            double v = b[c];
            for (Map.Entry<Integer, Float> e : x.entrySet()) {
                v += w[c][e.getKey()] * e.getValue();
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

    /** Names (weighted up) and definitions of a second-level concept and all its descendants. */
    private static List<String> subtreeTerms(IptcTaxonomy.Concept parent, List<IptcTaxonomy.Concept> taxonomy) {
        List<String> terms = new ArrayList<>();
        for (IptcTaxonomy.Concept c : taxonomy) {
            if (parent.code().equals(c.level2())) {
                List<String> name = Terms.of(c.name());
                terms.addAll(name);
                terms.addAll(name);
                terms.addAll(Terms.of(c.definition()));
            }
        }
        return terms;
    }

    private static Map<Integer, Float> vector(TopicModel m, List<String> terms) {
        return m.vector(terms);
    }

    private static Map<Integer, Float> top(Map<Integer, Float> v, int n) {
        List<Map.Entry<Integer, Float>> entries = new ArrayList<>(v.entrySet());
        entries.sort(Map.Entry.<Integer, Float>comparingByValue().reversed());
        Map<Integer, Float> out = new HashMap<>();
        double norm = 0;
        for (Map.Entry<Integer, Float> e : entries.subList(0, Math.min(n, entries.size()))) {
            out.put(e.getKey(), e.getValue());
            norm += e.getValue() * e.getValue();
        }
        float inv = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0;
        out.replaceAll((k, val) -> val * inv);
        return out;
    }
}
