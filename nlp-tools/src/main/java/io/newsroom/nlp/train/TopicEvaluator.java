package io.newsroom.nlp.train;

import io.newsroom.nlp.topics.Terms;
import io.newsroom.nlp.topics.TopicClassifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Topic accuracy and macro-F1 (over the IPTC topics the gold labels use), scoring the best top-level topic.
 * Either with a given model, or by k-fold cross-validation that retrains on the other folds; and the
 * multi-label report of a labelled folder ({@link #evaluateLabelled}): strict and lenient accuracy of the
 * engine's first topic.
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

    /**
     * k-fold cross-validation: fold = file index within its class modulo k. Scored against BBC's class (the summary
     * line) and, first, against our IPTC labels of the same articles where they have one: BBC files a fraud trial
     * under business, IPTC under crime, and the model learns IPTC's filing.
     */
    public static String crossValidate(List<BbcCorpus.Article> articles, List<IptcTaxonomy.Concept> taxonomy, int folds) {
        List<String[]> pairs = new ArrayList<>();
        // One trainer for every fold: it holds the labelled documents and our BBC labels, read once.
        TopicTrainer trainer = new TopicTrainer();
        BbcTopicLabels labels = trainer.bbcLabels();
        int[] iptc = new int[3]; // {labelled, first = our primary, first among our codes}
        for (int k = 0; k < folds; k++) {
            List<BbcCorpus.Article> train = new ArrayList<>();
            List<BbcCorpus.Article> test = new ArrayList<>();
            for (BbcCorpus.Article a : articles) {
                (a.index() % folds == k ? test : train).add(a);
            }
            TopicClassifier c = new TopicClassifier(trainer.train(train, taxonomy));
            for (BbcCorpus.Article a : test) {
                String first = c.best(Terms.ofArticle(a.headline(), a.body()));
                pairs.add(new String[]{a.iptc(), first});
                List<String> ours = labels.codes(a);
                if (ours != null) {
                    iptc[0]++;
                    iptc[1] += ours.get(0).equals(first) ? 1 : 0;
                    iptc[2] += ours.contains(first) ? 1 : 0;
                }
            }
            System.out.printf("fold %d/%d done%n", k + 1, folds);
        }
        String ours = String.format(Locale.ROOT, "against our IPTC labels of the same articles: strict=%s lenient=%s n=%d%n",
                ratio(iptc[1], iptc[0]), ratio(iptc[2], iptc[0]), iptc[0]);
        return ours + "against BBC's five classes:\n" + report(pairs, " (" + folds + "-fold cross-validation)");
    }

    /** How many kinds of miss the labelled report lists. */
    static final int MISSES_SHOWN = 12;

    /** What the report prints for an article the engine gave no top-level topic. */
    public static final String NO_TOPIC = "none";

    /**
     * Per-topic precision/recall/support of the first topic against the gold primary, strict accuracy (first
     * topic = primary) and lenient accuracy (first topic among the gold codes). The last line is exactly
     * {@code TOPICS accuracy=<strict> lenient=<lenient> n=<n>} so scripts can read it.
     *
     * @param firstTopic the engine's first top-level topic QCode for an article, or null when it gives none
     */
    public static String evaluateLabelled(Function<LabelledTopicCorpus.Article, String> firstTopic,
                                          List<LabelledTopicCorpus.Article> articles) {
        Map<String, int[]> counts = new TreeMap<>(); // code -> {correct, predicted, gold}
        Map<String, Integer> misses = new TreeMap<>(); // "gold primary -> first topic" where they differ
        int strict = 0;
        int lenient = 0;
        for (LabelledTopicCorpus.Article a : articles) {
            String got = firstTopic.apply(a);
            String predicted = got == null ? NO_TOPIC : got;
            counts.computeIfAbsent(a.primary(), k -> new int[3])[2]++;
            counts.computeIfAbsent(predicted, k -> new int[3])[1]++;
            if (predicted.equals(a.primary())) {
                strict++;
                counts.get(predicted)[0]++;
            } else {
                misses.merge(a.primary() + " -> " + predicted + (a.codes().contains(predicted) ? " (a gold code)" : ""),
                        1, Integer::sum);
            }
            if (a.codes().contains(predicted)) {
                lenient++;
            }
        }
        StringBuilder sb = new StringBuilder(String.format("%-15s %6s %6s %8s %9s%n", "topic", "P", "R", "support", "predicted"));
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            sb.append(String.format("%-15s %6s %6s %8d %9d%n", e.getKey(), ratio(c[0], c[1]), ratio(c[0], c[2]), c[2], c[1]));
        }
        // Where the wrong first topics go: what to look at first when a desk says it misses its articles.
        sb.append("most frequent misses (gold primary -> first topic):\n");
        misses.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(MISSES_SHOWN)
                .forEach(e -> sb.append(String.format("  %-50s %d%n", e.getKey(), e.getValue())));
        int n = articles.size();
        sb.append(String.format(Locale.ROOT, "TOPICS accuracy=%.3f lenient=%.3f n=%d",
                n == 0 ? 0.0 : (double) strict / n, n == 0 ? 0.0 : (double) lenient / n, n));
        return sb.toString();
    }

    /** "-" where the ratio is undefined (a topic never predicted has no precision), else three decimals. */
    private static String ratio(int num, int den) {
        return den == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) num / den);
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
