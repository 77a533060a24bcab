package io.newsroom.nlp.train;

import io.newsroom.nlp.ner.NamedEntityRecognizer;
import io.newsroom.nlp.ner.NerFeatures;

import java.util.ArrayList;
import java.util.List;

/**
 * K-fold cross-validation of NER training over whole documents (document d goes to fold d mod k): train both
 * passes on k-1 folds, score the held-out fold, and add every fold's counts into one micro score. A steadier
 * figure than valid.txt alone, which also chose the epochs of the committed model. The unseen score counts
 * entities whose text is not an entity anywhere in that fold's training documents.
 */
public final class NerCrossValidation {

    /** Epochs of the committed model's passes (early stop on valid.txt): fixed here, there is no dev set. */
    public static final int EPOCHS_1 = 15;
    public static final int EPOCHS_2 = 13;

    private NerCrossValidation() {
    }

    public static NerEvaluator.Scores run(NerFeatures features, List<ConllReader.Document> docs, int folds, long seed) {
        NerScore all = new NerScore();
        NerScore unseen = new NerScore();
        for (int k = 0; k < folds; k++) {
            long t0 = System.nanoTime();
            List<ConllReader.Document> train = new ArrayList<>();
            List<ConllReader.Document> test = new ArrayList<>();
            for (int d = 0; d < docs.size(); d++) {
                (d % folds == k ? test : train).add(docs.get(d));
            }
            NamedEntityRecognizer ner = new NerTrainer(EPOCHS_1, 4, seed).trainFixed(features, train, EPOCHS_1, EPOCHS_2);
            NerEvaluator.Scores fold = new NerEvaluator(ner).evaluate(test, NerEvaluator.entityStrings(train));
            all.addAll(fold.all());
            unseen.addAll(fold.unseen());
            System.out.printf("fold %d/%d: %d train / %d test documents, F1 %.4f, unseen F1 %.4f (%.0f s)%n", k + 1, folds,
                    train.size(), test.size(), fold.all().f1(), fold.unseen().f1(), (System.nanoTime() - t0) / 1e9);
        }
        return new NerEvaluator.Scores(all, unseen);
    }
}
