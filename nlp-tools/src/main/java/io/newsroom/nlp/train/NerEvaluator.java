package io.newsroom.nlp.train;

import io.newsroom.nlp.ner.NamedEntityRecognizer;
import io.newsroom.nlp.ner.NerTags;
import io.newsroom.nlp.ner.NerTags.Span;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores the NER on a CoNLL-format file with its own tokenisation (exact spans, per type and micro). Given the
 * entity strings of the training data, it also scores the entities the model never saw as entities: how well
 * it generalises to new names, which the overall score hides behind the many names repeated from train.
 */
public final class NerEvaluator {

    private final Function<String[][], int[][]> tagger;

    public NerEvaluator(NamedEntityRecognizer recognizer) {
        this(recognizer::tag);
    }

    /** Any tagger giving BILOU tags per sentence of a document. */
    public NerEvaluator(Function<String[][], int[][]> tagger) {
        this.tagger = tagger;
    }

    /** Overall score, and the score restricted to spans whose text is not in {@code seen} (empty if seen is null). */
    public record Scores(NerScore all, NerScore unseen) {
    }

    public NerScore evaluate(Path conllFile) throws IOException {
        return evaluate(ConllReader.read(conllFile), null).all();
    }

    /**
     * Unseen score: gold spans and predicted spans are both kept only when their exact token string (tokens
     * joined by one space) never occurs as an entity of any type in {@code seen}, so precision and recall
     * are measured on the same population.
     */
    public Scores evaluate(List<ConllReader.Document> docs, Set<String> seen) {
        NerScore all = new NerScore();
        NerScore unseen = new NerScore();
        long tokens = 0;
        long t0 = System.nanoTime();
        for (ConllReader.Document doc : docs) {
            String[][] words = doc.tokens();
            int[][] tags = tagger.apply(words);
            List<String[]> labels = doc.labels();
            for (int s = 0; s < tags.length; s++) {
                List<Span> gold = NerTags.spansFromIob(labels.get(s));
                List<Span> predicted = NerTags.spans(tags[s]);
                all.add(gold, predicted);
                if (seen != null) {
                    unseen.add(unseenOnly(gold, words[s], seen), unseenOnly(predicted, words[s], seen));
                }
                tokens += tags[s].length;
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("tagged %,d tokens in %.2f s (%,.0f tokens/s, NER only, one thread)%n", tokens, secs, tokens / secs);
        return new Scores(all, unseen);
    }

    /** Every entity string (tokens joined by one space) labelled in the documents. */
    public static Set<String> entityStrings(List<ConllReader.Document> docs) {
        Set<String> out = new HashSet<>();
        for (ConllReader.Document doc : docs) {
            for (int s = 0; s < doc.sentences().size(); s++) {
                String[] words = doc.sentences().get(s);
                for (Span span : NerTags.spansFromIob(doc.labels().get(s))) {
                    out.add(text(words, span));
                }
            }
        }
        return out;
    }

    private static List<Span> unseenOnly(List<Span> spans, String[] words, Set<String> seen) {
        List<Span> out = new ArrayList<>(spans.size());
        for (Span span : spans) {
            if (!seen.contains(text(words, span))) {
                out.add(span);
            }
        }
        return out;
    }

    static String text(String[] words, Span span) {
        return String.join(" ", java.util.Arrays.asList(words).subList(span.start(), span.end()));
    }
}
