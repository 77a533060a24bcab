package io.newsroom.nlp.train;

import io.newsroom.nlp.topics.Terms;
import io.newsroom.nlp.topics.TopicModel;

import java.nio.file.Path;
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
 * Trains the topic model on real articles labelled with top-level IPTC topics: the BBC News corpus with our IPTC
 * labels (training-data/topics-bbc; an article without one counts for its BBC class), the CoNLL-2003 training
 * documents (Reuters 1996, training-data/topics-conll-train), MasakhaNEWS English BBC articles of 2022
 * (training-data/topics-masakhanews-train) and short stories we wrote for the thin topics (training-data/topics-written),
 * plus pseudo-documents built from the IPTC names and definitions of every concept under each topic, which add the
 * vocabulary of each topic. Softmax regression by SGD with weight decay, on tf-idf vectors. A labelled document
 * counts for its primary topic, and with half the primary's share of the target for each further topic it clearly
 * covers (so a second topic can come out above the extra-topic threshold when the text really is about both).
 * Classes are weighted against their frequency, because the rare topics (weather, religion, environment) would
 * otherwise lose every close call to politics and economy. Second-level topics get a tf-idf centroid of their own
 * subtree's names and definitions.
 */
public final class TopicTrainer {

    static final int EPOCHS = 30;
    static final double LEARNING_RATE = 0.5;
    static final double DECAY = 1e-4;
    static final int CHILD_TERMS = 60;
    /**
     * Target share of each further topic of a labelled document, relative to 1 for the primary. Chosen by 5-fold CV over
     * every labelled real article (TopicHeldOutEvaluation --cv), never on the development set: 0.5 / 0.3 / 0.2 / 0.1 / 0
     * scored 0.833 / 0.840 / 0.842 / 0.843 / 0.844 strict and 0.948 / 0.950 / 0.950 / 0.949 / 0.944 lenient; at 0.2 the
     * primary wins more often while a further topic the text is really about still clears the extra-topic threshold.
     */
    static final double SECONDARY_SHARE = 0.2;
    /** Class weight = (mean class size / class size) ^ CLASS_WEIGHT_POWER, clipped to [MIN, MAX]. */
    static final double CLASS_WEIGHT_POWER = 0.5;
    static final double MIN_CLASS_WEIGHT = 0.5;
    static final double MAX_CLASS_WEIGHT = 4.0;
    /*
     * Source weights, chosen by 5-fold cross-validation over every labelled real article (BBC with our labels, Reuters,
     * MasakhaNEWS dev and few-shot), never on the development set. Every real article weighs the same: since BBC's
     * articles carry IPTC labels, no source teaches other conventions (BBC at 1.5-3 or the 2022 articles of BBC's five
     * classes at 0.5 were within 0.3 points). IPTC pseudo-documents are one-line definitions; at full weight they
     * pulled articles towards the wrong class, at 0.2 they still give every topic its vocabulary.
     */
    static final double ARTICLE_WEIGHT = 1.0;
    static final double IPTC_WEIGHT = 0.2;
    /**
     * Short items (HuffPost headlines, MSN title + abstract; OutsideNewsCorpus) teach the thin topics' newsroom words at
     * 0.3 of an article's weight and do not count towards class sizes. Chosen by 5-fold CV (TopicHeldOutEvaluation --cv),
     * where the short items are folded and scored too: 0.15 / 0.3 / 0.5 / 1 scored 0.602 / 0.616 / 0.623 / 0.623 on the
     * short items and 0.833 / 0.833 / 0.833 / 0.830 on the articles; counting them in class sizes changed nothing (0.834).
     */
    static final double SHORT_WEIGHT = 0.3;
    /**
     * Our written stories (WrittenTopicCorpus) weigh like a real article. At 2.0, tried once with the second batch of
     * human-interest and society stories (decision #223), development-set recall of both fell (0.467 / 0.536
     * at 1.0 → 0.444 / 0.500) and CV strict stayed level (0.843 → 0.842).
     */
    static final double WRITTEN_WEIGHT = 1.0;

    /** Smoothed inverse document frequency of each indexed term: the one formula every topic model is trained with. */
    static float[] idf(Map<String, Integer> termIndex, Map<String, Integer> df, int documents) {
        float[] idf = new float[termIndex.size()];
        termIndex.forEach((t, i) -> idf[i] = (float) (Math.log((documents + 1.0) / (df.get(t) + 1.0)) + 1));
        return idf;
    }

    private final List<ConllTopicCorpus.Document> labelled;
    private final List<ConllTopicCorpus.Document> written;
    private final List<ConllTopicCorpus.Document> shortItems;
    private final BbcTopicLabels bbcLabels;

    /**
     * Trains on BBC and IPTC plus our labelled Reuters documents when the default data directory has their
     * texts, and our written stories, so that every caller (train-topics, eval-topics --cv) trains the model
     * that is shipped.
     */
    public TopicTrainer() {
        this(defaultLabelled(DataPaths.dataDir(null), null), WrittenTopicCorpus.readDefault(), OutsideNewsCorpus.readTrainingDefault(true),
                BbcTopicLabels.readDefault());
    }

    /** Trains on BBC (by its five classes) and IPTC plus the given labelled documents. */
    public TopicTrainer(List<ConllTopicCorpus.Document> labelled) {
        this(labelled, List.of(), BbcTopicLabels.none());
    }

    /**
     * Trains on BBC with the given labels, IPTC, labelled real documents and our written stories; the stories are kept
     * apart so the held-out evaluation can split the real documents alone, and train at {@link #WRITTEN_WEIGHT}.
     */
    public TopicTrainer(List<ConllTopicCorpus.Document> labelled, List<ConllTopicCorpus.Document> written,
                        BbcTopicLabels bbcLabels) {
        this(labelled, written, List.of(), bbcLabels);
    }

    /** As above, plus labelled short items (headlines, title + abstract), which train at {@link #SHORT_WEIGHT}. */
    public TopicTrainer(List<ConllTopicCorpus.Document> labelled, List<ConllTopicCorpus.Document> written,
                        List<ConllTopicCorpus.Document> shortItems, BbcTopicLabels bbcLabels) {
        this.labelled = List.copyOf(labelled);
        this.written = List.copyOf(written);
        this.shortItems = List.copyOf(shortItems);
        this.bbcLabels = bbcLabels;
    }

    /**
     * The real articles we labelled: the CoNLL-2003 training documents (texts from the data directory), the
     * MasakhaNEWS English dev split (texts from its checkout) and HuffPost articles of 2018 ({@link OutsideNewsCorpus});
     * each part is left out, with a note, when absent.
     */
    public static List<ConllTopicCorpus.Document> defaultLabelled(Path dataDir, String masakhaNewsOption) {
        try {
            List<ConllTopicCorpus.Document> all = new ArrayList<>(ConllTopicCorpus.readDefault(dataDir));
            all.addAll(MasakhaNewsCorpus.readTrainingDefault(masakhaNewsOption));
            all.addAll(OutsideNewsCorpus.readTrainingDefault(false));
            return all;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the labelled topic documents", e);
        }
    }

    /** The BBC labels this trainer uses (none: BBC's five classes). */
    BbcTopicLabels bbcLabels() {
        return bbcLabels;
    }

    /** One training document: its terms, primary class, further classes, source weight and whether its class counts. */
    private record Example(List<String> terms, int primary, int[] others, double weight, boolean counted) {
        Example(List<String> terms, int primary, int[] others, double weight) {
            this(terms, primary, others, weight, true);
        }
    }

    public TopicModel train(List<BbcCorpus.Article> articles, List<IptcTaxonomy.Concept> taxonomy) {
        List<TopicModel.Topic> classes = new ArrayList<>();
        Map<String, Integer> classIndex = new HashMap<>();
        for (IptcTaxonomy.Concept c : taxonomy) {
            if (c.isTopLevel()) {
                classIndex.put(c.code(), classes.size());
                classes.add(new TopicModel.Topic(c.code(), c.name(), null));
            }
        }
        List<Example> examples = new ArrayList<>();
        for (BbcCorpus.Article a : articles) {
            List<String> codes = bbcLabels.codes(a);
            if (codes == null) {
                codes = List.of(a.iptc());
            }
            if (!classIndex.containsKey(codes.get(0))) {
                continue;
            }
            examples.add(new Example(Terms.ofArticle(a.headline(), a.body()), classIndex.get(codes.get(0)),
                    codes.stream().skip(1).filter(classIndex::containsKey).mapToInt(classIndex::get).toArray(), ARTICLE_WEIGHT));
        }
        addLabelled(examples, labelled, classIndex, ARTICLE_WEIGHT, true);
        addLabelled(examples, written, classIndex, WRITTEN_WEIGHT, true);
        addLabelled(examples, shortItems, classIndex, SHORT_WEIGHT, false);
        Set<String> iptcTerms = new HashSet<>();
        for (IptcTaxonomy.Concept c : taxonomy) {
            if (c.level1() == null || !classIndex.containsKey(c.level1())) {
                continue;
            }
            List<String> terms = Terms.of(c.name() + ". " + c.name() + ". " + c.definition());
            iptcTerms.addAll(terms);
            examples.add(new Example(terms, classIndex.get(c.level1()), new int[0], IPTC_WEIGHT));
        }
        List<List<String>> docs = new ArrayList<>();
        for (Example e : examples) {
            docs.add(e.terms());
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
        float[] idf = idf(termIndex, df, docs.size());
        float[][] weights = new float[classes.size()][termIndex.size()];
        float[] bias = new float[classes.size()];
        TopicModel partial = new TopicModel(classes, termIndex, idf, weights, bias, List.of(), List.of(), docs.size());
        List<Map<Integer, Float>> vectors = new ArrayList<>();
        for (List<String> d : docs) {
            vectors.add(vector(partial, d));
        }
        double[] classWeights = classWeights(examples, classes.size());
        double[] exampleWeights = new double[examples.size()];
        for (int i = 0; i < exampleWeights.length; i++) {
            exampleWeights[i] = classWeights[examples.get(i).primary()] * examples.get(i).weight();
        }
        sgd(vectors, targets(examples, classes.size()), exampleWeights, weights, bias);
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

    private static void addLabelled(List<Example> examples, List<ConllTopicCorpus.Document> docs, Map<String, Integer> classIndex,
                                    double weight, boolean counted) {
        for (ConllTopicCorpus.Document d : docs) {
            Integer primary = classIndex.get(d.primary());
            if (primary == null) {
                continue;
            }
            int[] others = d.codes().stream().filter(c -> !c.equals(d.primary()) && classIndex.containsKey(c))
                    .mapToInt(classIndex::get).toArray();
            examples.add(new Example(Terms.ofArticle(d.headline(), d.body()), primary, others, weight, counted));
        }
    }

    /** Soft targets: 1 for the primary class and SECONDARY_SHARE for each further one, normalised. */
    private static double[][] targets(List<Example> examples, int classes) {
        double[][] t = new double[examples.size()][classes];
        for (int i = 0; i < t.length; i++) {
            Example e = examples.get(i);
            double sum = 1 + SECONDARY_SHARE * e.others().length;
            t[i][e.primary()] = 1 / sum;
            for (int o : e.others()) {
                t[i][o] += SECONDARY_SHARE / sum;
            }
        }
        return t;
    }

    /**
     * Weight of each class from its size among the counted examples (every source but the short items): short items
     * add vocabulary to a thin topic without making it look common, which would take its weight away from its articles.
     */
    private static double[] classWeights(List<Example> examples, int classes) {
        int[] count = new int[classes];
        for (Example e : examples) {
            if (e.counted()) {
                count[e.primary()]++;
            }
        }
        return classWeights(count);
    }

    /** Class weight = (mean class size / class size) ^ CLASS_WEIGHT_POWER, clipped; an empty class gets the most. */
    static double[] classWeights(int[] count) {
        double mean = (double) java.util.Arrays.stream(count).sum() / count.length;
        double[] out = new double[count.length];
        for (int c = 0; c < count.length; c++) {
            double w = count[c] == 0 ? MAX_CLASS_WEIGHT : Math.pow(mean / count[c], CLASS_WEIGHT_POWER);
            out[c] = Math.max(MIN_CLASS_WEIGHT, Math.min(MAX_CLASS_WEIGHT, w));
        }
        return out;
    }

    static void sgd(List<Map<Integer, Float>> x, double[][] y, double[] weight, float[][] w, float[] b) {
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
                double[] p = TopicModel.softmax(x.get(i), w, b);
                for (int c = 0; c < classes; c++) {
                    double g = (p[c] - y[i][c]) * weight[i];
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
