package io.newsroom.nlp.topics;

import io.newsroom.nlp.analysis.Category;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Assigns IPTC Media Topics: every top-level topic whose probability is high enough (the best one always),
 * and under each the best-matching second-level topic when its term overlap is strong. Entity evidence
 * names the second level term statistics miss: politics in an article where heads of state meet is international
 * relations. (It no longer raises politics itself: on our labelled articles that cost 0.2-0.4 points of strict
 * accuracy once BBC's articles carried IPTC labels.) Thread-safe.
 */
public final class TopicClassifier {

    public static final String RESOURCE = "/io/newsroom/nlp/models/topics/topics.tsv.gz";
    public static final String POLITICS = "medtop:11000000";
    static final String INTERNATIONAL_RELATIONS = "medtop:20000638";
    static final double MIN_EXTRA_TOPIC = 0.2;
    static final double MIN_CHILD_SIMILARITY = 0.12;
    static final int MAX_TOP_LEVEL = 3;

    private final TopicModel model;

    public TopicClassifier(TopicModel model) {
        this.model = model;
    }

    public static TopicClassifier loadDefault() {
        try (InputStream in = TopicClassifier.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : new TopicClassifier(TopicModel.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read topic model", e);
        }
    }

    public TopicModel model() {
        return model;
    }

    /** Top-level topic QCode with the highest probability (evaluation uses this). */
    public String best(List<String> terms) {
        double[] p = model.probabilities(model.vector(terms));
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return model.classes.get(best).code();
    }

    /**
     * @param terms           content terms of headline and body
     * @param leaderCountries number of distinct countries whose heads of state or government the article names
     */
    public List<Category> classify(List<String> terms, int leaderCountries) {
        Map<Integer, Float> x = model.vector(terms);
        if (x.isEmpty()) {
            return List.of();
        }
        double[] p = model.probabilities(x);
        int politics = indexOf(POLITICS);
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < p.length; c++) {
            order.add(c);
        }
        order.sort(Comparator.comparingDouble(c -> -p[c]));
        List<Category> out = new ArrayList<>();
        for (int rank = 0; rank < Math.min(MAX_TOP_LEVEL, order.size()); rank++) {
            int c = order.get(rank);
            if (rank > 0 && p[c] < MIN_EXTRA_TOPIC) {
                break;
            }
            TopicModel.Topic topic = model.classes.get(c);
            out.add(new Category(topic.code(), topic.label(), round(p[c])));
            Category child = bestChild(topic.code(), x, p[c]);
            if (child == null && c == politics && leaderCountries >= 2) {
                child = childByCode(INTERNATIONAL_RELATIONS, p[c] * 0.8);
            }
            if (child != null) {
                out.add(child);
            }
        }
        out.sort(Comparator.comparingDouble(Category::confidence).reversed());
        return out;
    }

    private Category bestChild(String parent, Map<Integer, Float> x, double parentConfidence) {
        int best = -1;
        double bestSim = MIN_CHILD_SIMILARITY;
        for (int k = 0; k < model.children.size(); k++) {
            if (!model.children.get(k).parent().equals(parent)) {
                continue;
            }
            double sim = 0;
            for (Map.Entry<Integer, Float> e : model.childVectors.get(k).entrySet()) {
                Float v = x.get(e.getKey());
                if (v != null) {
                    sim += v * e.getValue();
                }
            }
            if (sim > bestSim) {
                bestSim = sim;
                best = k;
            }
        }
        if (best < 0) {
            return null;
        }
        TopicModel.Topic t = model.children.get(best);
        return new Category(t.code(), t.label(), round(parentConfidence * Math.min(1.0, 0.5 + bestSim)));
    }

    private Category childByCode(String code, double confidence) {
        for (TopicModel.Topic t : model.children) {
            if (t.code().equals(code)) {
                return new Category(t.code(), t.label(), round(confidence));
            }
        }
        return null;
    }

    private int indexOf(String code) {
        for (int c = 0; c < model.classes.size(); c++) {
            if (model.classes.get(c).code().equals(code)) {
                return c;
            }
        }
        return -1;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
