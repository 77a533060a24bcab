package io.newsroom.nlp.train;

import io.newsroom.nlp.ner.NamedEntityRecognizer;
import io.newsroom.nlp.ner.NerTags;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Scores the NER on a CoNLL-format file with its own tokenisation (exact spans, per type and micro). */
public final class NerEvaluator {

    private final NamedEntityRecognizer recognizer;

    public NerEvaluator(NamedEntityRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    public NerScore evaluate(Path conllFile) throws IOException {
        NerScore score = new NerScore();
        long tokens = 0;
        long t0 = System.nanoTime();
        for (ConllReader.Document doc : ConllReader.read(conllFile)) {
            int[][] tags = recognizer.tag(doc.tokens());
            List<String[]> labels = doc.labels();
            for (int s = 0; s < tags.length; s++) {
                score.add(NerTags.spansFromIob(labels.get(s)), NerTags.spans(tags[s]));
                tokens += tags[s].length;
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("tagged %,d tokens in %.2f s (%,.0f tokens/s, NER only, one thread)%n", tokens, secs, tokens / secs);
        return score;
    }
}
