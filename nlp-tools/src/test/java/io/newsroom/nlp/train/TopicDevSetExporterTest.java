package io.newsroom.nlp.train;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * export-topic-dev on a tiny CoNLL file and labels made here: texts rebuilt from tokens land in the folder of
 * their primary topic, our written stories are added, skipped documents are left out, and eval-topics' reader
 * reads the result back with the same labels.
 */
class TopicDevSetExporterTest {

    @TempDir
    Path tmp;

    private Path conll() throws Exception {
        Path f = tmp.resolve("valid.txt");
        Files.writeString(f, """
                -DOCSTART- -X- -X- O

                STORM O
                HITS O
                COAST O
                . O

                Heavy O
                rain O
                fell O
                . O

                -DOCSTART- -X- -X- O

                Shares O
                fall O
                . O

                -DOCSTART- -X- -X- O

                -- O
                """);
        return f;
    }

    private Path labels(String text) throws Exception {
        Path f = tmp.resolve("labels.tsv");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void shouldRebuildTheTextsIntoTopicFoldersWithLabels() throws Exception {
        Path written = Files.createDirectories(tmp.resolve("written"));
        Files.writeString(written.resolve("w-religion-1.txt"), "Synod opens\nBishops met on Monday.\n");
        Files.writeString(written.resolve("labels.tsv"), "w-religion-1\tmedtop:12000000\tmedtop:12000000\n");
        Path out = tmp.resolve("out");

        TopicDevSetExporter.Summary summary = new TopicDevSetExporter(3).export(conll(),
                labels("# comment\n001\tmedtop:17000000\tmedtop:17000000,medtop:03000000\n002\t04\t04\n003\t-\t\n"),
                written, out);

        assertThat(summary.total()).isEqualTo(3);
        assertThat(summary.skipped()).isEqualTo(1);
        assertThat(Files.readString(out.resolve("17/001.txt"))).isEqualTo("STORM HITS COAST.\nHeavy rain fell.\n");
        assertThat(out.resolve("04/002.txt")).exists();
        assertThat(out.resolve("12/w-religion-1.txt")).exists();
        List<LabelledTopicCorpus.Article> back = LabelledTopicCorpus.read(out);
        assertThat(back).extracting(LabelledTopicCorpus.Article::id).containsExactlyInAnyOrder("001", "002", "w-religion-1");
        assertThat(back).filteredOn(a -> a.id().equals("001")).singleElement()
                .satisfies(a -> {
                    assertThat(a.headline()).isEqualTo("STORM HITS COAST.");
                    assertThat(a.codes()).containsExactlyInAnyOrder("medtop:17000000", "medtop:03000000");
                });
    }

    @Test
    void shouldMoveARelabelledDocumentOutOfItsOldFolder() throws Exception {
        Path out = tmp.resolve("out");
        new TopicDevSetExporter(3).export(conll(), labels("001\t17\t17\n002\t04\t04\n003\t-\t\n"), null, out);

        new TopicDevSetExporter(3).export(conll(), labels("001\t03\t03\n002\t04\t04\n003\t-\t\n"), null, out);

        assertThat(out.resolve("17/001.txt")).doesNotExist();
        assertThat(out.resolve("03/001.txt")).exists();
    }

    @Test
    void shouldRefuseAFileThatIsNotTheLabelledOne() throws Exception {
        assertThatThrownBy(() -> new TopicDevSetExporter(216).export(conll(), labels("001\t17\t17\n"), null, tmp.resolve("out")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has 3 documents");
    }
}
