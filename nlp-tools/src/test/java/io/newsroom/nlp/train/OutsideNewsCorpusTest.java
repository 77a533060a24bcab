package io.newsroom.nlp.train;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * HuffPost headlines are numbered by line and MSN items by their news id; our labels join them by id, a label
 * pinned to another headline (another version of the file) is refused, and an item we could not label ({@code -})
 * does not train.
 */
class OutsideNewsCorpusTest {

    static final String HUFFPOST = "{\"raw\": \"there were 2 mass shootings in texas last week\", \"label\": 20}\n"
            + "{\"raw\": \"10 beaches you have never heard of\", \"label\": 3}\n"
            + "{\"raw\": \"you need to see this\", \"label\": 22}\n";
    static final String MIND = "N100\tweather\tweathertopstories\tSnow closes schools across Minnesota\t"
            + "A foot of snow fell overnight.\thttps://example.test/1\t[]\t[]\n"
            + "N200\tnews\tnewscrime\tMan charged in bank robbery\t\thttps://example.test/2\t[]\t[]\n";

    @Test
    void shouldNumberHuffPostHeadlinesByLineAndReadMindTitleAndAbstract(@TempDir Path dir) throws IOException {
        List<OutsideNewsCorpus.Item> huff = OutsideNewsCorpus.readHuffPost(Files.writeString(dir.resolve("h.json"), HUFFPOST));
        List<OutsideNewsCorpus.Item> mind = OutsideNewsCorpus.readMind(Files.writeString(dir.resolve("news.tsv"), MIND));

        assertThat(huff).extracting(OutsideNewsCorpus.Item::id).containsExactly("h00001", "h00002", "h00003");
        assertThat(huff.get(1).headline()).isEqualTo("10 beaches you have never heard of");
        assertThat(mind).containsExactly(
                new OutsideNewsCorpus.Item("m-N100", "Snow closes schools across Minnesota", "A foot of snow fell overnight."),
                new OutsideNewsCorpus.Item("m-N200", "Man charged in bank robbery", ""));
    }

    @Test
    void shouldNumberArticleBodiesByFileAndPinThemByTheirText(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("7.txt"), "Floods closed the coast road.\n\nCrews worked all night.\n");
        Files.writeString(dir.resolve("12.txt"), "The chef's new menu is all vegetables.");
        Files.writeString(dir.resolve("notes.md"), "not an article");

        List<OutsideNewsCorpus.Item> items = OutsideNewsCorpus.readArticleFolder(dir);
        Path labels = Files.writeString(dir.resolve("labels.tsv"),
                "p0007\t03\t03,17\t" + OutsideNewsCorpus.pin("Floods closed the coast road.\n\nCrews worked all night.") + "\tok\n");

        assertThat(items).extracting(OutsideNewsCorpus.Item::id).containsExactly("p0007", "p0012");
        assertThat(OutsideNewsCorpus.labelled(items, labels)).singleElement()
                .satisfies(d -> assertThat(d.body()).startsWith("Floods closed"))
                .satisfies(d -> assertThat(d.codes()).containsExactly("medtop:03000000", "medtop:17000000"));
    }

    @Test
    void shouldJoinLabelsByIdAndSkipItemsWithoutATopic(@TempDir Path dir) throws IOException {
        List<OutsideNewsCorpus.Item> huff = OutsideNewsCorpus.readHuffPost(Files.writeString(dir.resolve("h.json"), HUFFPOST));
        Path labels = Files.writeString(dir.resolve("labels.tsv"),
                "h00002\t10\t10\t" + OutsideNewsCorpus.pin("10 beaches you have never heard of") + "\tok\n"
                        + "h00003\t-\t-\t" + OutsideNewsCorpus.pin("you need to see this") + "\tthin\n"
                        + "h00001\t02\t02,14\t" + OutsideNewsCorpus.pin("there were 2 mass shootings in texas last week") + "\tok\n");

        List<ConllTopicCorpus.Document> docs = OutsideNewsCorpus.labelled(huff, labels);

        assertThat(docs).extracting(ConllTopicCorpus.Document::primary).containsExactly("medtop:10000000", "medtop:02000000");
        assertThat(docs.get(1).codes()).containsExactly("medtop:02000000", "medtop:14000000");
    }

    @Test
    void shouldRefuseALabelPinnedToAnotherHeadline(@TempDir Path dir) throws IOException {
        List<OutsideNewsCorpus.Item> huff = OutsideNewsCorpus.readHuffPost(Files.writeString(dir.resolve("h.json"), HUFFPOST));
        Path labels = Files.writeString(dir.resolve("labels.tsv"),
                "h00002\t10\t10\t" + OutsideNewsCorpus.pin("some other headline") + "\tok\n");

        assertThatThrownBy(() -> OutsideNewsCorpus.labelled(huff, labels))
                .isInstanceOf(IOException.class).hasMessageContaining("h00002");
    }

    /** Every committed label joins its text, when the source is cloned next to the project (skipped otherwise). */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(OutsideNewsCorpus.Source.class)
    void shouldJoinEveryCommittedLabelWithItsText(OutsideNewsCorpus.Source source) throws IOException {
        Path file = DataPaths.outsideFile(source.env, source.defaultPath);
        Path labels = DataPaths.trainingDataDir().resolve(source.folder).resolve(LabelledTopicCorpus.LABELS_FILE);
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(file), () -> file.toAbsolutePath().normalize() + " not cloned here");
        long rows = Files.readAllLines(labels).stream().filter(l -> !l.isBlank() && !l.startsWith("#") && !l.split("\t")[1].equals("-")).count();

        List<ConllTopicCorpus.Document> docs = OutsideNewsCorpus.labelled(source.read(file), labels);

        assertThat(docs).hasSize((int) rows).allSatisfy(d -> assertThat(d.headline() + d.body()).isNotBlank());
    }

    @Test
    void shouldRefuseALabelForAnItemTheFileDoesNotHave(@TempDir Path dir) throws IOException {
        List<OutsideNewsCorpus.Item> mind = OutsideNewsCorpus.readMind(Files.writeString(dir.resolve("news.tsv"), MIND));
        Path labels = Files.writeString(dir.resolve("labels.tsv"), "m-N999\t17\t17\t000000000000\tok\n");

        assertThatThrownBy(() -> OutsideNewsCorpus.labelled(mind, labels))
                .isInstanceOf(IOException.class).hasMessageContaining("m-N999");
    }
}
