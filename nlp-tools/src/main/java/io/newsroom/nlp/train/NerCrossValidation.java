package io.newsroom.nlp.train;

import io.newsroom.nlp.ner.NerFeatures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * K-fold cross-validation of NER training over whole documents (document d goes to fold d mod k): train both
 * passes on k-1 folds, score the held-out fold, and add every fold's counts into one micro score. A steadier
 * figure than valid.txt alone, which also chose the epochs of the committed model. The unseen score counts
 * entities whose text is not an entity anywhere in that fold's training documents.
 *
 * <p>Several epoch counts of each pass are scored from the same runs ({@link NerTrainer#trainGrid}): this is
 * how the committed model's epochs are chosen, since training on train + valid leaves no set to stop on.
 */
public final class NerCrossValidation {

    /** Epochs of the committed model's passes, chosen by this cross-validation (docs/decisions.md #123, #268). */
    public static final int EPOCHS_1 = 12;
    public static final int EPOCHS_2 = 16;

    private NerCrossValidation() {
    }

    /** Scores of one pair of epoch counts. */
    public record Result(int epochs1, int epochs2, NerEvaluator.Scores scores) {
    }

    public static NerEvaluator.Scores run(NerFeatures features, List<ConllReader.Document> docs, int folds, long seed) {
        return run(features, docs, folds, seed, NerTrainer.DROPOUT, NerTrainer.SHUFFLES, new int[] {EPOCHS_1},
                new int[] {EPOCHS_2}).get(0).scores();
    }

    /** One result per pair of (ascending) epoch counts, in the order epochs1-major. */
    public static List<Result> run(NerFeatures features, List<ConllReader.Document> docs, int folds, long seed,
            double dropout, int shuffles, int[] epochs1, int[] epochs2) {
        Map<String, NerScore[]> scores = new LinkedHashMap<>();
        for (int k = 0; k < folds; k++) {
            long t0 = System.nanoTime();
            List<ConllReader.Document> train = new ArrayList<>();
            List<ConllReader.Document> test = new ArrayList<>();
            for (int d = 0; d < docs.size(); d++) {
                (d % folds == k ? test : train).add(docs.get(d));
            }
            var seen = NerEvaluator.entityStrings(train);
            for (NerTrainer.Variant v : new NerTrainer(0, 4, seed, dropout, shuffles).trainGrid(features, train, epochs1, epochs2)) {
                NerEvaluator.Scores fold = new NerEvaluator(v.ner()).evaluate(test, seen);
                NerScore[] sum = scores.computeIfAbsent(v.epochs1() + "/" + v.epochs2(),
                        key -> new NerScore[] {new NerScore(), new NerScore()});
                sum[0].addAll(fold.all());
                sum[1].addAll(fold.unseen());
                System.out.printf("fold %d/%d epochs %d/%d: F1 %.4f, unseen F1 %.4f%n", k + 1, folds, v.epochs1(),
                        v.epochs2(), fold.all().f1(), fold.unseen().f1());
            }
            System.out.printf("fold %d/%d: %d train / %d test documents (%.0f s)%n", k + 1, folds, train.size(),
                    test.size(), (System.nanoTime() - t0) / 1e9);
        }
        List<Result> out = new ArrayList<>();
        scores.forEach((key, s) -> {
            String[] e = key.split("/");
            out.add(new Result(Integer.parseInt(e[0]), Integer.parseInt(e[1]), new NerEvaluator.Scores(s[0], s[1])));
        });
        return out;
    }
}
