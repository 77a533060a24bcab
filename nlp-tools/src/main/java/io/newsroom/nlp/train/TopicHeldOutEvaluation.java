package io.newsroom.nlp.train;

import io.newsroom.nlp.analysis.Category;
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
        if (flags.contains("--cv")) {
            BbcTopicLabels ours = BbcTopicLabels.readDefault();
            Map<String, List<ConllTopicCorpus.Document>> parts = new java.util.LinkedHashMap<>();
            parts.put("Reuters 1996", ConllTopicCorpus.readDefault(data));
            parts.put("MasakhaNEWS 2022", MasakhaNewsCorpus.readTrainingDefault(null));
            parts.put("HuffPost 2018 articles", OutsideNewsCorpus.readTrainingDefault(false));
            System.out.println(crossValidate(parts, OutsideNewsCorpus.readTrainingDefault(true), BbcCorpus.read(data.resolve("topics/bbc-train")),
                    IptcTaxonomy.read(data.resolve("taxonomy/iptc-mediatopics.json")), ours,
                    flags.contains("--bbc-classes") ? BbcTopicLabels.none() : ours));
            return;
        }
        List<ConllTopicCorpus.Document> train = new ArrayList<>();
        List<ConllTopicCorpus.Document> test = new ArrayList<>();
        for (ConllTopicCorpus.Document d : TopicTrainer.defaultLabelled(data, null)) {
            (isHeldOut(d) ? test : train).add(d);
        }
        TopicClassifier committed = TopicClassifier.loadDefault();
        if (committed != null) {
            System.out.println("committed model:");
            System.out.println(report(committed, test));
        }
        TopicClassifier fresh = new TopicClassifier(new TopicTrainer(train, WrittenTopicCorpus.readDefault(),
                OutsideNewsCorpus.readTrainingDefault(true), BbcTopicLabels.readDefault()).train(
                BbcCorpus.read(data.resolve("topics/bbc-train")),
                IptcTaxonomy.read(data.resolve("taxonomy/iptc-mediatopics.json"))));
        System.out.println("trained without the held-out documents (" + train.size()
                + " labelled documents, plus our written stories):");
        System.out.println(report(fresh, test));
    }

    static final int FOLDS = 5;

    /**
     * First topic of every labelled real article from a model trained without its fold, against our labels {@code ours}
     * (BBC articles without one are not scored); the models train BBC by {@code trainLabels}. {@code parts} are the
     * labelled article sources by name, folded by position in their concatenation; short items are folded the same way
     * and scored apart (they are not articles). Our written stories always train, never score. Reports each part, the
     * recall of each primary topic over all articles, and one CV line.
     */
    static String crossValidate(Map<String, List<ConllTopicCorpus.Document>> parts, List<ConllTopicCorpus.Document> shortItems,
                                List<BbcCorpus.Article> bbc, List<IptcTaxonomy.Concept> taxonomy, BbcTopicLabels ours,
                                BbcTopicLabels trainLabels) {
        List<ConllTopicCorpus.Document> written = WrittenTopicCorpus.readDefault();
        List<ConllTopicCorpus.Document> labelled = new ArrayList<>();
        List<String> partOf = new ArrayList<>();
        parts.forEach((name, docs) -> docs.forEach(d -> {
            labelled.add(d);
            partOf.add(name);
        }));
        Map<String, int[]> byPart = new java.util.LinkedHashMap<>(); // {n, strict, lenient}
        byPart.put("BBC 2004-05 with our labels", new int[3]);
        parts.keySet().forEach(name -> byPart.put(name, new int[3]));
        Map<String, int[]> byTopic = new TreeMap<>();
        Map<String, Integer> misses = new java.util.HashMap<>();
        int[] all = new int[3];
        int[] h = new int[3];
        for (int k = 0; k < FOLDS; k++) {
            List<BbcCorpus.Article> bbcTrain = new ArrayList<>();
            List<BbcCorpus.Article> bbcTest = new ArrayList<>();
            for (BbcCorpus.Article a : bbc) {
                (a.index() % FOLDS == k ? bbcTest : bbcTrain).add(a);
            }
            List<ConllTopicCorpus.Document> train = new ArrayList<>();
            for (int i = 0; i < labelled.size(); i++) {
                if (i % FOLDS != k) {
                    train.add(labelled.get(i));
                }
            }
            List<ConllTopicCorpus.Document> shortTrain = new ArrayList<>();
            List<ConllTopicCorpus.Document> shortTest = new ArrayList<>();
            for (int i = 0; i < shortItems.size(); i++) {
                (i % FOLDS == k ? shortTest : shortTrain).add(shortItems.get(i));
            }
            TopicClassifier c = new TopicClassifier(new TopicTrainer(train, written, shortTrain, trainLabels).train(bbcTrain, taxonomy));
            for (BbcCorpus.Article a : bbcTest) {
                List<String> codes = ours.codes(a);
                if (codes != null) {
                    String first = c.best(Terms.ofArticle(a.headline(), a.body()));
                    score(first, codes.get(0), codes, byPart.get("BBC 2004-05 with our labels"), all,
                            byTopic.computeIfAbsent(codes.get(0), x -> new int[3]));
                    miss(misses, first, codes.get(0), codes);
                }
            }
            for (int i = k; i < labelled.size(); i += FOLDS) {
                ConllTopicCorpus.Document d = labelled.get(i);
                String first = c.best(Terms.ofArticle(d.headline(), d.body()));
                score(first, d.primary(), d.codes(), byPart.get(partOf.get(i)), all, byTopic.computeIfAbsent(d.primary(), x -> new int[3]));
                miss(misses, first, d.primary(), d.codes());
            }
            for (ConllTopicCorpus.Document d : shortTest) {
                score(c.best(Terms.ofArticle(d.headline(), d.body())), d.primary(), d.codes(), h);
            }
        }
        StringBuilder sb = new StringBuilder();
        byPart.forEach((name, n) -> sb.append(line(name, n)));
        sb.append("recall of each primary topic (all articles):\n");
        byTopic.forEach((code, n) -> sb.append(String.format("  %-16s %.3f n=%d%n", code, (double) n[1] / n[0], n[0])));
        sb.append("most frequent misses (primary -> first topic; * = one of the article's codes):\n");
        misses.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                .forEach(e -> sb.append(String.format("  %-36s %d%n", e.getKey(), e.getValue())));
        sb.append(line("short items (not in the CV line)", h));
        return sb.append(String.format("CV strict=%.4f lenient=%.4f n=%d (%d-fold)", (double) all[1] / all[0],
                (double) all[2] / all[0], all[0], FOLDS)).toString();
    }

    private static void miss(Map<String, Integer> misses, String first, String primary, List<String> codes) {
        if (!first.equals(primary)) {
            misses.merge(primary + " -> " + first + (codes.contains(first) ? " *" : ""), 1, Integer::sum);
        }
    }

    private static String line(String name, int[] n) {
        return String.format("%s: strict=%.4f lenient=%.4f n=%d%n", name, (double) n[1] / Math.max(1, n[0]),
                (double) n[2] / Math.max(1, n[0]), n[0]);
    }

    private static void score(String first, String primary, List<String> codes, int[]... counts) {
        for (int[] c : counts) {
            c[0]++;
            c[1] += first.equals(primary) ? 1 : 0;
            c[2] += codes.contains(first) ? 1 : 0;
        }
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
