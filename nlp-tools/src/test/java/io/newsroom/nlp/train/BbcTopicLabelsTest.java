package io.newsroom.nlp.train;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Our IPTC labels of the BBC corpus (training-data/topics-bbc) against the corpus they were made on. */
class BbcTopicLabelsTest {

    private static final Path LABELS = Path.of("training-data").resolve(BbcTopicLabels.DIR).resolve(LabelledTopicCorpus.LABELS_FILE);

    @Test
    void shouldLabelEveryCommittedRowWithTopLevelTopics() throws Exception {
        Map<String, LabelledTopicCorpus.Label> labels = LabelledTopicCorpus.readLabels(LABELS);
        assertThat(labels).hasSize(1781);
        assertThat(labels.keySet()).allMatch(id -> id.matches("(business|entertainment|politics|sport|tech)/\\d{3}"));
        // Every one of BBC's classes has articles whose IPTC primary is another topic (crime, labour, ...).
        Map<String, Long> movedByClass = labels.entrySet().stream()
                .filter(e -> !BbcCorpus.TO_IPTC.get(e.getKey().split("/")[0]).equals(e.getValue().primary()))
                .collect(Collectors.groupingBy(e -> e.getKey().split("/")[0], Collectors.counting()));
        assertThat(movedByClass).containsKeys("business", "entertainment", "politics", "tech");
    }

    @Test
    void shouldMatchEveryArticleOfTheSharedCorpusByHeadline() throws Exception {
        // Surefire runs with the module folder as working directory: ../../shared/data is the project's ../shared.
        String env = System.getenv("NEWSROOM_DATA");
        Path bbc = (env != null ? Path.of(env) : Path.of("../../shared/data")).resolve("topics/bbc-train");
        Assumptions.assumeTrue(Files.isDirectory(bbc), "skipped: BBC corpus not found at " + bbc.toAbsolutePath().normalize());
        List<BbcCorpus.Article> articles = BbcCorpus.read(bbc);
        BbcTopicLabels labels = BbcTopicLabels.read(LABELS);
        // codes() refuses a label pinned to another headline, so reading all of them checks every pin.
        Map<String, List<String>> byId = articles.stream().collect(Collectors.toMap(BbcCorpus.Article::id, labels::codes));
        assertThat(byId).hasSize(1781).doesNotContainValue(null);
        assertThat(articles.stream().map(a -> byId.get(a.id()).get(0)).collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting()))).containsKeys("medtop:02000000", "medtop:09000000", "medtop:10000000");
    }
}
