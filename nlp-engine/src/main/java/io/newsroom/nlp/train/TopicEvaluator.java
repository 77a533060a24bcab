package io.newsroom.nlp.train;

import io.newsroom.nlp.topics.Terms;
import io.newsroom.nlp.topics.TopicClassifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Topic accuracy and macro-F1 (over the IPTC topics the gold labels use), scoring the best top-level topic.
 * Either with a given model, or by k-fold cross-validation that retrains on the other folds.
 */
public final class TopicEvaluator {

    /** Scores the classifier on articles. */
    public static String evaluate(TopicClassifier classifier, List<BbcCorpus.Article> articles) {
        List<String[]> pairs = new ArrayList<>();
        for (BbcCorpus.Article a : articles) {
            pairs.add(new String[]{a.iptc(), classifier.best(Terms.ofArticle(a.headline(), a.body()))});
        }
        return report(pairs, "");
    }

    /** k-fold cross-validation: fold = file index within its class modulo k. */
    public static String crossValidate(List<BbcCorpus.Article> articles, List<IptcTaxonomy.Concept> taxonomy, int folds) {
        List<String[]> pairs = new ArrayList<>();
        for (int k = 0; k < folds; k++) {
            List<BbcCorpus.Article> train = new ArrayList<>();
            List<BbcCorpus.Article> test = new ArrayList<>();
            for (BbcCorpus.Article a : articles) {
                (a.index() % folds == k ? test : train).add(a);
            }
            TopicClassifier c = new TopicClassifier(new TopicTrainer().train(train, taxonomy));
            for (BbcCorpus.Article a : test) {
                pairs.add(new String[]{a.iptc(), c.best(Terms.ofArticle(a.headline(), a.body()))});
            }
            System.out.printf("fold %d/%d done%n", k + 1, folds);
        }
        return report(pairs, " (" + folds + "-fold cross-validation)");
    }

    private static String report(List<String[]> pairs, String how) {
        Map<String, int[]> counts = new TreeMap<>(); // code -> {tp, predicted, gold}
        int correct = 0;
        for (String[] p : pairs) {
            counts.computeIfAbsent(p[0], k -> new int[3])[2]++;
            counts.computeIfAbsent(p[1], k -> new int[3])[1]++;
            if (p[0].equals(p[1])) {
                correct++;
                counts.get(p[0])[0]++;
            }
        }
        StringBuilder sb = new StringBuilder();
        double f1Sum = 0;
        int goldClasses = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
            double r = c[2] == 0 ? 0 : (double) c[0] / c[2];
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            sb.append(String.format("%-16s P=%.4f R=%.4f F1=%.4f gold=%d predicted=%d%n", e.getKey(), p, r, f, c[2], c[1]));
            if (c[2] > 0) {
                f1Sum += f;
                goldClasses++;
            }
        }
        sb.append(String.format("TOPICS accuracy=%.4f macroF1=%.4f n=%d%s", (double) correct / pairs.size(),
                f1Sum / Math.max(1, goldClasses), pairs.size(), how));
        return sb.toString();
    }
}
