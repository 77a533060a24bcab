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
 * MasakhaNEWS English files are quoted TSV with multi-line texts: rows are read whole and numbered in file order,
 * our labels join them by row number, and a label whose url is not its row's (another copy of the corpus) is
 * refused rather than attached to the wrong article.
 */
class MasakhaNewsCorpusTest {

    static final String TSV = "category\theadline\ttext\turl\n"
            + "health\tFlu cases rise\t\"Hospitals say \"\"winter\"\" came early.\nBeds are full.\"\t/news/health-1\n"
            + "sports\tRovers win\tRovers beat United 2-1.\t/news/sport-2\n";

    @Test
    void shouldReadQuotedMultiLineRowsInFileOrder(@TempDir Path checkout) throws IOException {
        write(checkout, TSV);

        List<MasakhaNewsCorpus.Row> rows = MasakhaNewsCorpus.readSplit(checkout, "test");

        assertThat(rows).extracting(MasakhaNewsCorpus.Row::id).containsExactly("test-0001", "test-0002");
        assertThat(rows.get(0).text()).isEqualTo("Hospitals say \"winter\" came early.\nBeds are full.");
        assertThat(rows.get(1).url()).isEqualTo("/news/sport-2");
    }

    @Test
    void shouldJoinOurLabelsByRowNumberPrimaryFirst(@TempDir Path checkout) throws IOException {
        write(checkout, TSV);
        Path labels = Files.writeString(checkout.resolve("labels.tsv"),
                "test-0002\t15\t15\t/news/sport-2\ntest-0001\t07\t17,07\t/news/health-1\n");

        List<ConllTopicCorpus.Document> docs = MasakhaNewsCorpus.labelled(checkout, labels);

        assertThat(docs).extracting(ConllTopicCorpus.Document::headline).containsExactly("Rovers win", "Flu cases rise");
        assertThat(docs.get(1).codes()).containsExactly("medtop:07000000", "medtop:17000000");
        assertThat(docs.get(1).index()).isZero();
    }

    @Test
    void shouldRefuseALabelMadeForAnotherArticle(@TempDir Path checkout) throws IOException {
        write(checkout, TSV);
        Path labels = Files.writeString(checkout.resolve("labels.tsv"), "test-0001\t07\t07\t/news/health-999\n");

        assertThatThrownBy(() -> MasakhaNewsCorpus.labelled(checkout, labels))
                .isInstanceOf(IOException.class).hasMessageContaining("/news/health-999");
    }

    @Test
    void shouldRefuseARowPastTheEnd(@TempDir Path checkout) throws IOException {
        write(checkout, TSV);
        Path labels = Files.writeString(checkout.resolve("labels.tsv"), "test-0003\t07\t07\t/news/x\n");

        assertThatThrownBy(() -> MasakhaNewsCorpus.labelled(checkout, labels))
                .isInstanceOf(IOException.class).hasMessageContaining("past the end");
    }

    @Test
    void shouldPinFewShotRowsByHeadlineAndMixFilesInOneLabelFile(@TempDir Path checkout) throws IOException {
        write(checkout, TSV);
        Files.createDirectories(checkout.resolve("few_shot_data/50_samples/eng"));
        Files.writeString(checkout.resolve("few_shot_data/50_samples/eng/train.tsv"),
                "category\theadline\ttext\nhealth\tClinic opens\tA new clinic opened.\n");
        Path labels = Files.writeString(checkout.resolve("labels.tsv"),
                "fs50train-0001\t07\t07\tClinic opens\ntest-0002\t15\t15\t/news/sport-2\n");

        assertThat(MasakhaNewsCorpus.labelled(checkout, labels)).extracting(ConllTopicCorpus.Document::headline)
                .containsExactly("Clinic opens", "Rovers win");

        Files.writeString(labels, "fs50train-0001\t07\t07\tAnother headline\n");
        assertThatThrownBy(() -> MasakhaNewsCorpus.labelled(checkout, labels)).isInstanceOf(IOException.class)
                .hasMessageContaining("Clinic opens");
    }

    @Test
    void shouldKeepTheCommittedTrainingAndDevelopmentLabelsApart() throws IOException {
        List<String[]> train = rows(Path.of("training-data/topics-masakhanews-train/labels.tsv"));
        List<String[]> dev = rows(Path.of("dev-sets/topics-masakhanews-test/labels.tsv"));

        assertThat(dev).hasSize(948).allSatisfy(r -> assertThat(r[0]).startsWith("test-"));
        assertThat(train).hasSizeGreaterThan(700).noneSatisfy(r -> assertThat(r[0]).startsWith("test-"));
        assertThat(train.stream().map(r -> r[3])).doesNotContainAnyElementsOf(dev.stream().map(r -> r[3]).toList());
    }

    private static List<String[]> rows(Path labels) throws IOException {
        return Files.readAllLines(labels).stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t")).toList();
    }

    private static void write(Path checkout, String tsv) throws IOException {
        Files.createDirectories(checkout.resolve("data/eng"));
        Files.writeString(checkout.resolve("data/eng/test.tsv"), tsv);
    }
}
