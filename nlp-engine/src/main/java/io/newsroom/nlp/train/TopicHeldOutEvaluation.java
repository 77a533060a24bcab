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
 * Usage: {@code java -cp ... io.newsroom.nlp.train.TopicHeldOutEvaluation [DATA_DIR]}.
 */
public final class TopicHeldOutEvaluation {

    static final int HOLD_OUT_EVERY = 5;

    private TopicHeldOutEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        Path data = DataPaths.requireDir(DataPaths.dataDir(args.length > 0 ? args[0] : null), "data directory");
        List<ConllTopicCorpus.Document> all = TopicTrainer.defaultLabelled(data, null);
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
        TopicClassifier fresh = new TopicClassifier(new TopicTrainer(train, WrittenTopicCorpus.readDefault()).train(
                BbcCorpus.read(data.resolve("topics/bbc-train")),
                IptcTaxonomy.read(data.resolve("taxonomy/iptc-mediatopics.json"))));
        System.out.println("trained without the held-out documents (" + train.size()
                + " labelled documents, plus our written stories):");
        System.out.println(report(fresh, test));
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
