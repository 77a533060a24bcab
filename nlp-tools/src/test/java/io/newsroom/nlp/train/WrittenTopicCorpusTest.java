package io.newsroom.nlp.train;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Our written training stories: read as labelled documents (headline, body, primary first), a story without a
 * label or a label without a story is refused, and the committed set covers every thin topic (more for human
 * interest and society, the two below 0.6 recall on the development set), keeps the 80-130 word format and stays
 * apart from the development set's stories.
 */
class WrittenTopicCorpusTest {

    static final String WEATHER = "medtop:17000000";
    static final String DISASTER = "medtop:03000000";

    @Test
    void shouldReadStoriesAsLabelledDocumentsPrimaryFirst(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("labels.tsv"), "# comment\nt-b\t17\t03,17\nt-a\tmedtop:03000000\t03\n");
        Files.writeString(dir.resolve("t-a.txt"), "Ferry sinks\nThe ferry sank in rough seas.\n");
        Files.writeString(dir.resolve("t-b.txt"), "Typhoon nears\nThe typhoon brought heavy rain.\nLandslides followed.\n");

        List<ConllTopicCorpus.Document> docs = WrittenTopicCorpus.read(dir);

        assertThat(docs).extracting(ConllTopicCorpus.Document::headline).containsExactly("Ferry sinks", "Typhoon nears");
        assertThat(docs.get(1).body()).isEqualTo("The typhoon brought heavy rain.\nLandslides followed.\n");
        assertThat(docs.get(1).primary()).isEqualTo(WEATHER);
        assertThat(docs.get(1).codes()).containsExactly(WEATHER, DISASTER);
        assertThat(docs.get(0).codes()).containsExactly(DISASTER);
    }

    @Test
    void shouldRefuseAStoryWithoutALabel(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("labels.tsv"), "t-a\t03\t03\n");
        Files.writeString(dir.resolve("t-a.txt"), "Ferry sinks\nThe ferry sank.\n");
        Files.writeString(dir.resolve("t-b.txt"), "Unlabelled\nNobody labelled this.\n");

        assertThatThrownBy(() -> WrittenTopicCorpus.read(dir)).isInstanceOf(IOException.class).hasMessageContaining("t-b");
    }

    @Test
    void shouldRefuseALabelWithoutAStory(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("labels.tsv"), "t-a\t03\t03\nt-gone\t17\t17\n");
        Files.writeString(dir.resolve("t-a.txt"), "Ferry sinks\nThe ferry sank.\n");

        assertThatThrownBy(() -> WrittenTopicCorpus.read(dir)).isInstanceOf(IOException.class).hasMessageContaining("t-gone");
    }

    @Test
    void shouldCommitAtLeastFifteenStoriesForEachThinTopic() {
        Map<String, Long> perPrimary = WrittenTopicCorpus.readDefault().stream()
                .collect(Collectors.groupingBy(ConllTopicCorpus.Document::primary, Collectors.counting()));

        assertThat(perPrimary).containsOnlyKeys("medtop:01000000", "medtop:03000000", "medtop:05000000",
                "medtop:06000000", "medtop:07000000", "medtop:08000000", "medtop:09000000", "medtop:10000000",
                "medtop:12000000", "medtop:13000000", "medtop:14000000", "medtop:17000000");
        assertThat(perPrimary.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(15));
    }

    @Test
    void shouldCommitTheSecondBatchOfHumanInterestAndSocietyStories() {
        Map<String, Long> perPrimary = WrittenTopicCorpus.readDefault().stream()
                .collect(Collectors.groupingBy(ConllTopicCorpus.Document::primary, Collectors.counting()));

        assertThat(perPrimary.get("medtop:08000000")).isGreaterThanOrEqualTo(55);
        assertThat(perPrimary.get("medtop:14000000")).isGreaterThanOrEqualTo(45);
    }

    @Test
    void shouldKeepEveryStoryBetweenEightyAndOneHundredThirtyWords() {
        List<ConllTopicCorpus.Document> stories = WrittenTopicCorpus.readDefault();

        assertThat(stories).hasSizeGreaterThan(250).allSatisfy(d -> assertThat(
                (d.headline() + " " + d.body()).strip().split("\\s+").length).as(d.headline()).isBetween(80, 130));
    }

    @Test
    void shouldShareNoHeadlineWithTheDevelopmentSet() throws IOException {
        Set<String> training = WrittenTopicCorpus.readDefault().stream()
                .map(d -> d.headline().toLowerCase()).collect(Collectors.toSet());
        Set<String> dev;
        try (var files = Files.list(DataPaths.devSetsDir().resolve("topics-written"))) {
            dev = files.filter(p -> p.toString().endsWith(".txt")).map(WrittenTopicCorpusTest::headline)
                    .collect(Collectors.toSet());
        }

        assertThat(training).hasSizeGreaterThan(100);
        assertThat(dev).hasSizeGreaterThan(50).doesNotContainAnyElementsOf(training);
    }

    private static String headline(Path file) {
        try {
            return Files.readAllLines(file).get(0).strip().toLowerCase();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
