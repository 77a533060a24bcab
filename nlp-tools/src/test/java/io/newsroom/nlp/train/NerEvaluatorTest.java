package io.newsroom.nlp.train;

import io.newsroom.nlp.ner.NerTags;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The unseen-entity score counts only spans whose exact text is not a training entity, gold and predicted alike. */
class NerEvaluatorTest {

    @Test
    void shouldCollectEntityStringsOfTrainingDocuments() {
        ConllReader.Document doc = new ConllReader.Document(
                List.<String[]>of(new String[]{"Kassym-Jomart", "Tokayev", "visited", "Astana", "."}),
                List.<String[]>of(new String[]{"B-PER", "I-PER", "O", "B-LOC", "O"}));
        assertThat(NerEvaluator.entityStrings(List.of(doc))).containsExactlyInAnyOrder("Kassym-Jomart Tokayev", "Astana");
    }

    @Test
    void shouldScoreOnlyEntitiesNeverSeenInTraining() {
        // Gold: Astana (seen) and Almaty (unseen); the stub tagger finds Astana only.
        ConllReader.Document doc = new ConllReader.Document(
                List.<String[]>of(new String[]{"Astana", "and", "Almaty", "."}),
                List.<String[]>of(new String[]{"B-LOC", "O", "B-LOC", "O"}));
        NerEvaluator.Scores scores = new NerEvaluator(words -> new int[][]{
                NerTags.encode(List.of(new NerTags.Span(0, 1, "LOC")), words[0].length)}).evaluate(List.of(doc), Set.of("Astana"));
        assertThat(scores.all().report()).contains("gold=2 predicted=1 correct=1");
        assertThat(scores.unseen().report()).contains("gold=1 predicted=0 correct=0");
    }
}
