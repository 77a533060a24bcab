package io.newsroom.nlp.train;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The labelled eval-topics report: per-topic precision/recall/support of the first topic, strict accuracy
 * (first topic = primary), lenient accuracy (first topic among the gold codes), and the one closing TOPICS line.
 */
class TopicEvaluatorLabelledTest {

    private static final String ARTS = "medtop:01000000";
    private static final String DISASTER = "medtop:03000000";
    private static final String ECONOMY = "medtop:04000000";
    private static final String SPORT = "medtop:15000000";

    private static LabelledTopicCorpus.Article article(String id, String primary, String... others) {
        Set<String> codes = new java.util.HashSet<>(List.of(others));
        codes.add(primary);
        return new LabelledTopicCorpus.Article(id, id, "", primary, codes);
    }

    @Test
    void shouldScoreStrictAndLenientAndEndWithTheTopicsLine() {
        List<LabelledTopicCorpus.Article> articles = List.of(
                article("fire", DISASTER, ARTS),   // engine: arts  -> lenient only
                article("crash", DISASTER),        // engine: economy -> wrong
                article("match", SPORT),           // engine: sport -> right
                article("shares", ECONOMY));       // engine: nothing -> wrong
        Map<String, String> engine = Map.of("fire", ARTS, "crash", ECONOMY, "match", SPORT);

        String report = TopicEvaluator.evaluateLabelled(a -> engine.get(a.id()), articles);
        String[] lines = report.split("\n");

        assertThat(lines[lines.length - 1]).isEqualTo("TOPICS accuracy=0.250 lenient=0.500 n=4");
        assertThat(report).containsPattern("medtop:03000000 +- +0\\.000 +2 +0\n")
                .containsPattern("medtop:04000000 +0\\.000 +0\\.000 +1 +1\n")
                .containsPattern("medtop:15000000 +1\\.000 +1\\.000 +1 +1\n")
                .containsPattern("none +0\\.000 +- +0 +1\n");
    }
}
