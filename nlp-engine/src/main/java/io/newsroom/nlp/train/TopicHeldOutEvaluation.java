package io.newsroom.nlp.train;

import io.newsroom.nlp.Category;
import io.newsroom.nlp.topics.Terms;
import io.newsroom.nlp.topics.TopicClassifier;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores topic classification on the labelled real articles (Reuters, and MasakhaNEWS dev when its checkout is
 * present) we hold out from training (every fifth document by index in its corpus): per gold primary topic, strict accuracy (first topic = primary) and lenient accuracy
 * (first topic among the gold codes). Compares the committed model (which may have seen these documents)
 * with a model trained here on BBC, IPTC and the other four fifths, so the second number is a fair estimate.
 * Also the precision and recall of the whole set of top-level topics the classifier gives (further topics
 * above the threshold) against all the gold codes.
 * With {@code --cv}: 5-fold cross-validation over every labelled real article instead (BBC with our IPTC labels,
 * Reuters, MasakhaNEWS train; a fold is every fifth BBC file of a class and every fifth labelled document), scored
 * against our labels; {@code --bbc-classes} trains BBC by its five classes, as before it had our labels.
 * Usage: {@code java -cp ... io.newsroom.nlp.train.TopicHeldOutEvaluation [--cv [--bbc-classes]] [DATA_DIR]}.
 */
public final class TopicHeldOutEvaluation {

    static final int HOLD_OUT_EVERY = 5;

    private TopicHeldOutEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        List<String> flags = java.util.Arrays.stream(args).filter(a -> a.startsWith("--")).toList();
        List<String> rest = java.util.Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        Path data = DataPaths.requireDir(DataPaths.dataDir(rest.isEmpty() ? null : rest.get(0)), "data directory");
        List<ConllTopicCorpus.Document> all = TopicTrainer.defaultLabelled(data, null);
        if (flags.contains("--cv")) {
            BbcTopicLabels ours = BbcTopicLabels.readDefault();
            System.out.println(crossValidate(all, BbcCorpus.read(data.resolve("topics/bbc-train")),
                    IptcTaxonomy.read(data.resolve("taxonomy/iptc-mediatopics.json")), ours,
                    flags.contains("--bbc-classes") ? BbcTopicLabels.none() : ours));
            return;
        }
        List<ConllTopicCorpus.Document> train = new ArrayList<>();
        List<ConllTopicCorpus.Document> test = new ArrayList<>();
        for (ConllTopicCorpus.Document d : all) {
            (isHeldOut(d) ? test : train).add(d);
        }
        TopicClassifier committed = TopicClassifier.loadDefault();
        if (committed != null) {
            System.out.println("committed model:");
            System.out.println(report(committed, test));
        }
        TopicClassifier fresh = new TopicClassifier(new TopicTrainer(train, WrittenTopicCorpus.readDefault(), BbcTopicLabels.readDefault()).train(
                BbcCorpus.read(data.resolve("topics/bbc-train")),
                IptcTaxonomy.read(data.resolve("taxonomy/iptc-mediatopics.json"))));
        System.out.println("trained without the held-out documents (" + train.size()
                + " labelled documents, plus our written stories):");
        System.out.println(report(fresh, test));
    }

    static final int FOLDS = 5;

    /**
     * First topic of every labelled real article from a model trained without its fold, against our labels {@code ours}
     * (BBC articles without one are not scored); the models train BBC by {@code trainLabels}. Our written stories always train, never score.
     */
    static String crossValidate(List<ConllTopicCorpus.Document> labelled, List<BbcCorpus.Article> bbc,
                                List<IptcTaxonomy.Concept> taxonomy, BbcTopicLabels ours, BbcTopicLabels trainLabels) {
        List<ConllTopicCorpus.Document> written = WrittenTopicCorpus.readDefault();
        int[] b = new int[3]; // BBC: {n, strict, lenient}
        int[] l = new int[3]; // other labelled articles
        for (int k = 0; k < FOLDS; k++) {
            List<BbcCorpus.Article> bbcTrain = new ArrayList<>();
            List<BbcCorpus.Article> bbcTest = new ArrayList<>();
            for (BbcCorpus.Article a : bbc) {
                (a.index() % FOLDS == k ? bbcTest : bbcTrain).add(a);
            }
            List<ConllTopicCorpus.Document> train = new ArrayList<>();
            List<ConllTopicCorpus.Document> test = new ArrayList<>();
            for (int i = 0; i < labelled.size(); i++) {
                (i % FOLDS == k ? test : train).add(labelled.get(i));
            }
            TopicClassifier c = new TopicClassifier(new TopicTrainer(train, written, trainLabels).train(bbcTrain, taxonomy));
            for (BbcCorpus.Article a : bbcTest) {
                List<String> codes = ours.codes(a);
                if (codes != null) {
                    score(b, c.best(Terms.ofArticle(a.headline(), a.body())), codes.get(0), codes);
                }
            }
            for (ConllTopicCorpus.Document d : test) {
                score(l, c.best(Terms.ofArticle(d.headline(), d.body())), d.primary(), d.codes());
            }
        }
        return String.format("BBC with our labels: strict=%.4f lenient=%.4f n=%d%n", (double) b[1] / b[0], (double) b[2] / b[0], b[0])
                + String.format("other labelled articles: strict=%.4f lenient=%.4f n=%d%n", (double) l[1] / l[0], (double) l[2] / l[0], l[0])
                + String.format("CV strict=%.4f lenient=%.4f n=%d (%d-fold)", (double) (b[1] + l[1]) / (b[0] + l[0]),
                (double) (b[2] + l[2]) / (b[0] + l[0]), b[0] + l[0], FOLDS);
    }

    private static void score(int[] counts, String first, String primary, List<String> codes) {
        counts[0]++;
        counts[1] += first.equals(primary) ? 1 : 0;
        counts[2] += codes.contains(first) ? 1 : 0;
    }

    public static boolean isHeldOut(ConllTopicCorpus.Document d) {
        return d.index() % HOLD_OUT_EVERY == 0;
    }

    /** Per-topic and overall strict / lenient accuracy of the first topic. */
    public static String report(TopicClassifier classifier, List<ConllTopicCorpus.Document> docs) {
        Map<String, int[]> counts = new TreeMap<>(); // primary -> {n, strict, lenient}
        int strict = 0;
        int lenient = 0;
        int[] sets = new int[3]; // all top-level topics given: {correct, given, gold}
        for (ConllTopicCorpus.Document d : docs) {
            List<String> terms = Terms.ofArticle(d.headline(), d.body());
            String first = classifier.best(terms);
            List<String> given = classifier.classify(terms, 0).stream().map(Category::code)
                    .filter(code -> code.endsWith("000000") && !code.startsWith("medtop:20")).toList();
            sets[0] += (int) given.stream().filter(d.codes()::contains).count();
            sets[1] += given.size();
            sets[2] += d.codes().size();
            int[] c = counts.computeIfAbsent(d.primary(), k -> new int[3]);
            c[0]++;
            if (first.equals(d.primary())) {
                c[1]++;
                strict++;
            }
            if (d.codes().contains(first)) {
                c[2]++;
                lenient++;
            }
        }
        StringBuilder sb = new StringBuilder();
        counts.forEach((code, c) -> sb.append(String.format("%-16s n=%3d strict=%.3f lenient=%.3f%n",
                code, c[0], (double) c[1] / c[0], (double) c[2] / c[0])));
        sb.append(String.format("all topics given: precision=%.3f recall=%.3f (%d given, %d gold)%n",
                (double) sets[0] / Math.max(1, sets[1]), (double) sets[0] / Math.max(1, sets[2]), sets[1], sets[2]));
        sb.append(String.format("HELDOUT strict=%.4f lenient=%.4f n=%d", (double) strict / Math.max(1, docs.size()),
                (double) lenient / Math.max(1, docs.size()), docs.size()));
        return sb.toString();
    }
}
