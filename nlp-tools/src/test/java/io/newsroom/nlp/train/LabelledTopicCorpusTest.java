package io.newsroom.nlp.train;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The eval-topics folder reader on a tiny folder made here: class folders named by BBC class, two-digit IPTC
 * number or medtop code, and a labels.tsv that overrides the folder for the primary and gives the lenient set.
 */
class LabelledTopicCorpusTest {

    @TempDir
    Path dir;

    private void story(String folder, String id, String text) throws Exception {
        Files.createDirectories(dir.resolve(folder));
        Files.writeString(dir.resolve(folder).resolve(id + ".txt"), text);
    }

    private Map<String, LabelledTopicCorpus.Article> byId() throws Exception {
        return LabelledTopicCorpus.read(dir).stream()
                .collect(Collectors.toMap(LabelledTopicCorpus.Article::id, Function.identity()));
    }

    @Test
    void shouldTakeTheTopicFromTwoDigitMedtopAndBbcFolders() throws Exception {
        story("01", "a", "Gallery reopens\nThe museum shows new paintings.\nSecond line.");
        story("medtop:17000000", "b", "Storm warning\nHeavy rain expected.");
        story("sport", "c", "Cup final\nThe home side won.");
        story("misc", "d", "Not a topic\nIgnored.");

        Map<String, LabelledTopicCorpus.Article> got = byId();

        assertThat(got).containsOnlyKeys("a", "b", "c");
        assertThat(got.get("a").primary()).isEqualTo("medtop:01000000");
        assertThat(got.get("a").codes()).containsExactly("medtop:01000000");
        assertThat(got.get("a").headline()).isEqualTo("Gallery reopens");
        assertThat(got.get("a").body()).isEqualTo("The museum shows new paintings.\nSecond line.");
        assertThat(got.get("b").primary()).isEqualTo("medtop:17000000");
        assertThat(got.get("c").primary()).isEqualTo("medtop:15000000");
    }

    @Test
    void shouldLetLabelsOverrideTheFolderAndGiveTheLenientSet() throws Exception {
        story("01", "a", "Theatre fire\nA fire destroyed the theatre.");
        story("02", "skipped", "Empty\n");
        story("04", "plain", "Shares fall\nMarkets fell.");
        Files.writeString(dir.resolve("labels.tsv"), """
                # id\tprimary\tcodes
                a\tmedtop:03000000\t03,medtop:01000000
                skipped\t-\t
                """);

        Map<String, LabelledTopicCorpus.Article> got = byId();

        assertThat(got).containsOnlyKeys("a", "plain");
        assertThat(got.get("a").primary()).isEqualTo("medtop:03000000");
        assertThat(got.get("a").codes()).containsExactlyInAnyOrder("medtop:03000000", "medtop:01000000");
        assertThat(got.get("plain").codes()).containsExactly("medtop:04000000");
    }

    @Test
    void shouldReadBbcFilesThatAreNotValidUtf8() throws Exception {
        // bbc-train has Latin-1 pound signs; one odd byte must not stop the evaluation.
        Files.createDirectories(dir.resolve("business"));
        Files.write(dir.resolve("business/001.txt"), new byte[]{'P', 'r', 'o', 'f', 'i', 't', '\n', (byte) 0xA3, '5', 'm'});

        assertThat(LabelledTopicCorpus.read(dir)).singleElement()
                .satisfies(a -> assertThat(a.body()).endsWith("5m"));
    }

    @Test
    void shouldRefuseALabelThatIsNoTopLevelTopic() throws Exception {
        story("01", "a", "x\ny");
        Files.writeString(dir.resolve("labels.tsv"), "a\tmedtop:20000053\t\n");

        assertThatThrownBy(() -> LabelledTopicCorpus.read(dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a top-level IPTC topic: medtop:20000053");
    }

    @Test
    void shouldNumberTopicsInTaxonomyOrder() {
        assertThat(List.of("01", "1", "17", "medtop:04000000", "18", "00", "medtop:20000053", "sport"))
                .map(TopicCodes::topLevel)
                .containsExactly("medtop:01000000", "medtop:01000000", "medtop:17000000", "medtop:04000000",
                        null, null, null, null);
    }
}
