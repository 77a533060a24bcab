package io.newsroom.nlp.train;

import io.newsroom.nlp.gazetteer.Gazetteer;
import io.newsroom.nlp.ner.NamedEntityRecognizer;
import io.newsroom.nlp.ner.NerFeatures;
import io.newsroom.nlp.ner.NerModel;
import io.newsroom.nlp.ner.NerTags;
import io.newsroom.nlp.ner.WordClusters;
import io.newsroom.nlp.train.PerceptronTrainer.Instance;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Trains the two-pass NER model from CoNLL-2003 train.txt, choosing the number of epochs of each pass by
 * F1 on valid.txt. The second pass is trained on first-pass labels produced by cross-validation
 * (jackknifing): labels the first pass gives to sentences it was trained on are too good, and a second pass
 * trained on them would learn to trust them blindly.
 */
public final class NerTrainer {

    /** Hash space of 2^22 buckets: few collisions for the ~1M distinct features of CoNLL train. */
    public static final int BITS = 22;
    /** Features seen fewer times than this in training are noise and bloat the model. */
    static final int MIN_COUNT = 2;
    /** Rows whose averaged weights are all smaller than this are dropped from the committed model. */
    static final float PRUNE = 0.02f;
    /** Word-identity dropout of the committed model: none, it cost CV F1 (docs/decisions.md). */
    public static final double DROPOUT = 0;
    /** Differently shuffled runs averaged into the committed model (chosen by cross-validation, docs/decisions.md). */
    public static final int SHUFFLES = 3;

    private final int maxEpochs;
    private final int folds;
    private final long seed;
    private final double dropout;
    private final int shuffles;

    public NerTrainer(int maxEpochs, int folds, long seed) {
        this(maxEpochs, folds, seed, 0, 1);
    }

    /**
     * @param dropout  probability of hiding a token's word-identity features in one update (0: never)
     * @param shuffles number of differently shuffled runs whose averaged weights are averaged again (1: one run)
     */
    public NerTrainer(int maxEpochs, int folds, long seed, double dropout, int shuffles) {
        this.maxEpochs = maxEpochs;
        this.folds = folds;
        this.seed = seed;
        this.dropout = dropout;
        this.shuffles = shuffles;
    }

    /**
     * The committed model trained on train.txt + valid.txt for fixed epochs (chosen by cross-validation):
     * no development set is left, so valid.txt F1 of the result is no longer a fair score.
     */
    public void trainAll(Path conllDir, Path modelsDir, int epochs1, int epochs2) throws IOException {
        long t0 = System.nanoTime();
        NerFeatures features = features(modelsDir, true, true, true);
        List<ConllReader.Document> docs = new ArrayList<>(ConllReader.read(conllDir.resolve("train.txt")));
        docs.addAll(ConllReader.read(conllDir.resolve("valid.txt")));
        System.out.printf("read %d train+valid documents; epochs %d / %d, word dropout %.2f, %d shuffles%n", docs.size(),
                epochs1, epochs2, dropout, shuffles);
        NamedEntityRecognizer ner = trainFixed(features, docs, epochs1, epochs2);
        Path out = modelsDir.resolve("ner");
        Files.createDirectories(out);
        write(ner.pass1(), out.resolve(NamedEntityRecognizer.STAGE1));
        write(ner.pass2(), out.resolve(NamedEntityRecognizer.STAGE2));
        System.out.printf("pass 1: %d feature rows, pass 2: %d feature rows%n", ner.pass1().featureCount(),
                ner.pass2().featureCount());
        System.out.printf("trained in %.1f s -> %s%n", (System.nanoTime() - t0) / 1e9, out);
    }

    public void train(Path conllDir, Path modelsDir) throws IOException {
        long t0 = System.nanoTime();
        NerFeatures features = features(modelsDir, true, true, true);
        List<ConllReader.Document> train = ConllReader.read(conllDir.resolve("train.txt"));
        List<ConllReader.Document> valid = ConllReader.read(conllDir.resolve("valid.txt"));
        System.out.printf("read %d train and %d valid documents%n", train.size(), valid.size());
        trainEarlyStopped(features, train, valid, modelsDir.resolve("ner"));
        System.out.printf("trained in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    /**
     * A French, German or Spanish model (issue 19) from the data folder's train file, epochs of each pass chosen on
     * its val (or dev) file; the test file is left for {@code eval-ner --lang}. The English word clusters are left
     * out: they are English GloVe words, so a foreign word would mostly have none, and a shared spelling ("die",
     * "son") a misleading one. The gazetteer features stay: leaders', organisations' and first names are spelt the
     * same across these languages.
     */
    public void trainLanguage(String language, Path dataDir, Path modelsDir) throws IOException {
        long t0 = System.nanoTime();
        NerFeatures features = features(modelsDir, false, false, false);
        Path trainFile = LanguageNerData.split(dataDir, "train");
        Path validFile = LanguageNerData.split(dataDir, "val");
        List<ConllReader.Document> train = LanguageNerData.read(trainFile, language);
        List<ConllReader.Document> valid = LanguageNerData.read(validFile, language);
        System.out.printf("%s: read %d train documents (%s) and %d valid documents (%s)%n", language, train.size(),
                trainFile, valid.size(), validFile);
        trainEarlyStopped(features, train, valid, modelsDir.resolve("ner").resolve(language));
        System.out.printf("trained in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    /** Both passes on {@code train}, each stopped at its best epoch on {@code valid}; written to {@code out}. */
    private void trainEarlyStopped(NerFeatures features, List<ConllReader.Document> train, List<ConllReader.Document> valid,
                                   Path out) throws IOException {
        List<List<Instance>> train1 = instances(features, train, null);
        List<List<Instance>> valid1 = instances(features, valid, null);
        boolean[] frequent = frequentFeatures(train1);
        train1 = filter(train1, frequent);
        Best pass1 = fit("pass 1", flatten(train1), flatten(valid1), maxEpochs);

        int[][][] jack = jackknife(train1, new int[] {pass1.epochs})[0];
        int[][][] validTags = new int[valid.size()][][];
        for (int d = 0; d < valid.size(); d++) {
            validTags[d] = decode(pass1.model, valid1.get(d));
        }
        List<List<Instance>> train2 = filter(instances(features, train, jack), frequentFeatures(instances(features, train, jack)));
        List<List<Instance>> valid2 = instances(features, valid, validTags);
        Best pass2 = fit("pass 2", flatten(train2), flatten(valid2), maxEpochs);

        Files.createDirectories(out);
        write(pass1.model, out.resolve(NamedEntityRecognizer.STAGE1));
        write(pass2.model, out.resolve(NamedEntityRecognizer.STAGE2));
        System.out.printf("pass 1: %d epochs, valid F1 %.4f, %d feature rows%n", pass1.epochs, pass1.f1, pass1.model.featureCount());
        System.out.printf("pass 2: %d epochs, valid F1 %.4f, %d feature rows%n", pass2.epochs, pass2.f1, pass2.model.featureCount());
        System.out.printf("-> %s%n", out);
    }

    /**
     * The feature extractor training uses: the gazetteers of the models folder and, when {@code useClusters}
     * and the folder has one, its word-cluster file (see {@link io.newsroom.nlp.ner.WordClusters}); when
     * {@code useCasedClasses} and the folder has one, its cased word classes; with {@code documentContexts}, a
     * capitalised word's neighbours at its other occurrences. All three on is the English recipe.
     */
    public static NerFeatures features(Path modelsDir, boolean useClusters, boolean useCasedClasses,
                                       boolean documentContexts) throws IOException {
        Gazetteer gazetteer = Gazetteer.load(modelsDir.resolve("gazetteers"));
        WordClusters wc = useClusters ? readIfPresent(modelsDir.resolve("ner").resolve(WordClusters.FILE)) : WordClusters.NONE;
        WordClusters cased = useCasedClasses ? readIfPresent(modelsDir.resolve("ner").resolve(WordClusters.CASED_FILE))
                : WordClusters.NONE;
        System.out.printf("word clusters: %,d words, %d granularities; cased word classes: %,d words, %d granularities%n",
                wc.size(), wc.levels(), cased.size(), cased.levels());
        return new NerFeatures(gazetteer, wc, cased, BITS, documentContexts);
    }

    private static WordClusters readIfPresent(Path file) throws IOException {
        return Files.exists(file) ? WordClusters.read(file) : WordClusters.NONE;
    }

    /**
     * Both passes trained on {@code docs} for a fixed number of epochs, without a development set: what
     * cross-validation needs, where valid.txt is part of the data being scored.
     */
    public NamedEntityRecognizer trainFixed(NerFeatures features, List<ConllReader.Document> docs, int epochs1, int epochs2) {
        return trainGrid(features, docs, new int[] {epochs1}, new int[] {epochs2}).get(0).ner();
    }

    /** A recogniser trained with {@code epochs1} first-pass and {@code epochs2} second-pass epochs. */
    public record Variant(int epochs1, int epochs2, NamedEntityRecognizer ner) {
    }

    /**
     * Recognisers for every pair of the given epoch counts (ascending), at the cost of one run per pass: the
     * averaged weights are taken at each requested epoch of the same run, as if training had stopped there.
     * Each first-pass epoch count gets its own jackknifed labels and its own second pass.
     */
    public List<Variant> trainGrid(NerFeatures features, List<ConllReader.Document> docs, int[] epochs1, int[] epochs2) {
        List<List<Instance>> train1 = instances(features, docs, null);
        train1 = filter(train1, frequentFeatures(train1));
        NerModel[] pass1 = snapshots(flatten(train1), epochs1, seed);
        int[][][][] jack = jackknife(train1, epochs1);
        List<Variant> out = new ArrayList<>();
        for (int a = 0; a < epochs1.length; a++) {
            List<List<Instance>> train2 = instances(features, docs, jack[a]);
            train2 = filter(train2, frequentFeatures(train2));
            NerModel[] pass2 = snapshots(flatten(train2), epochs2, seed);
            for (int b = 0; b < epochs2.length; b++) {
                out.add(new Variant(epochs1[a], epochs2[b], new NamedEntityRecognizer(features, pass1[a], pass2[b])));
            }
        }
        return out;
    }

    /**
     * The averaged model after each of the given (ascending) epoch counts of one training run, or with several
     * shuffles, the mean of the averaged weights of that many runs over differently shuffled data.
     */
    private NerModel[] snapshots(List<Instance> train, int[] epochs, long seed) {
        if (shuffles == 1) {
            return snapshotsOfOneRun(train, epochs, seed);
        }
        int t = NerTags.COUNT;
        float[][] w = new float[epochs.length][(1 << BITS) * t];
        float[][] trans = new float[epochs.length][(t + 1) * t];
        float[][] end = new float[epochs.length][t];
        for (int m = 0; m < shuffles; m++) {
            long s = seed + 7919L * m;
            PerceptronTrainer trainer = new PerceptronTrainer(BITS, dropout, s);
            Random random = new Random(s);
            int e = 0;
            for (int k = 0; k < epochs.length; k++) {
                for (; e < epochs[k]; e++) {
                    trainer.epoch(train, random);
                }
                trainer.addAveraged(w[k], trans[k], end[k], 1f / shuffles);
            }
        }
        NerModel[] out = new NerModel[epochs.length];
        for (int k = 0; k < epochs.length; k++) {
            out[k] = NerModel.fromDense(BITS, w[k], trans[k], end[k], PRUNE);
            w[k] = null;
        }
        return out;
    }

    private NerModel[] snapshotsOfOneRun(List<Instance> train, int[] epochs, long seed) {
        PerceptronTrainer trainer = new PerceptronTrainer(BITS, dropout, seed);
        Random random = new Random(seed);
        NerModel[] out = new NerModel[epochs.length];
        int e = 0;
        for (int k = 0; k < epochs.length; k++) {
            for (; e < epochs[k]; e++) {
                trainer.epoch(train, random);
            }
            out[k] = trainer.averaged(PRUNE);
        }
        return out;
    }

    private record Best(NerModel model, int epochs, double f1) {
    }

    private Best fit(String name, List<Instance> train, List<Instance> valid, int epochs) {
        PerceptronTrainer trainer = new PerceptronTrainer(BITS, dropout, seed);
        Random random = new Random(seed);
        Best best = null;
        int sinceBest = 0;
        for (int e = 1; e <= epochs && sinceBest < 3; e++) {
            trainer.epoch(train, random);
            NerModel model = trainer.averaged(PRUNE);
            double f1 = score(model, valid);
            System.out.printf("%s epoch %d: valid F1 %.4f%n", name, e, f1);
            if (best == null || f1 > best.f1) {
                best = new Best(model, e, f1);
                sinceBest = 0;
            } else {
                sinceBest++;
            }
        }
        return best;
    }

    /**
     * First-pass labels for every training document from models that did not see that document, one set per
     * given (ascending) epoch count.
     */
    private int[][][][] jackknife(List<List<Instance>> train, int[] epochs) {
        int[][][][] tags = new int[epochs.length][train.size()][][];
        for (int k = 0; k < folds; k++) {
            List<Instance> rest = new ArrayList<>();
            for (int d = 0; d < train.size(); d++) {
                if (d % folds != k) {
                    rest.addAll(train.get(d));
                }
            }
            NerModel[] models = snapshots(rest, epochs, seed + k);
            for (int a = 0; a < epochs.length; a++) {
                for (int d = k; d < train.size(); d += folds) {
                    tags[a][d] = decode(models[a], train.get(d));
                }
            }
            System.out.printf("jackknife fold %d/%d done%n", k + 1, folds);
        }
        return tags;
    }

    private static int[][] decode(NerModel model, List<Instance> doc) {
        int[][] tags = new int[doc.size()][];
        for (int s = 0; s < doc.size(); s++) {
            tags[s] = model.decode(doc.get(s).features());
        }
        return tags;
    }

    static double score(NerModel model, List<Instance> data) {
        NerScore score = new NerScore();
        for (Instance x : data) {
            score.add(NerTags.spans(x.gold()), NerTags.spans(model.decode(x.features())));
        }
        return score.f1();
    }

    private static List<List<Instance>> instances(NerFeatures features, List<ConllReader.Document> docs, int[][][] firstPass) {
        List<List<Instance>> out = new ArrayList<>(docs.size());
        for (int d = 0; d < docs.size(); d++) {
            ConllReader.Document doc = docs.get(d);
            int[][][] f = features.extract(doc.tokens(), firstPass == null ? null : firstPass[d]);
            List<Instance> sentences = new ArrayList<>(f.length);
            for (int s = 0; s < f.length; s++) {
                String[] labels = doc.labels().get(s);
                String[] words = doc.tokens()[s];
                int[][] identity = new int[words.length][];
                for (int i = 0; i < words.length; i++) {
                    identity[i] = features.identity(words[i]);
                }
                sentences.add(new Instance(f[s], NerTags.encode(NerTags.spansFromIob(labels), labels.length), identity));
            }
            out.add(sentences);
        }
        return out;
    }

    private static boolean[] frequentFeatures(List<List<Instance>> docs) {
        int[] counts = new int[1 << BITS];
        for (List<Instance> doc : docs) {
            for (Instance x : doc) {
                for (int[] token : x.features()) {
                    for (int f : token) {
                        counts[f]++;
                    }
                }
            }
        }
        boolean[] keep = new boolean[counts.length];
        for (int i = 0; i < counts.length; i++) {
            keep[i] = counts[i] >= MIN_COUNT;
        }
        return keep;
    }

    private static List<List<Instance>> filter(List<List<Instance>> docs, boolean[] keep) {
        List<List<Instance>> out = new ArrayList<>(docs.size());
        for (List<Instance> doc : docs) {
            List<Instance> sentences = new ArrayList<>(doc.size());
            for (Instance x : doc) {
                int[][] f = new int[x.features().length][];
                for (int i = 0; i < f.length; i++) {
                    f[i] = java.util.Arrays.stream(x.features()[i]).filter(b -> keep[b]).toArray();
                }
                sentences.add(new Instance(f, x.gold(), x.identity()));
            }
            out.add(sentences);
        }
        return out;
    }

    private static List<Instance> flatten(List<List<Instance>> docs) {
        List<Instance> out = new ArrayList<>();
        docs.forEach(out::addAll);
        return out;
    }

    private static void write(NerModel model, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            model.write(out);
        }
        System.out.printf("wrote %s (%,d bytes)%n", file, Files.size(file));
    }
}
