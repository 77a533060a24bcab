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
 * Our topic labels joined to the texts of a CoNLL-format file: document indexes count -DOCSTART- documents
 * from 0, the first sentence becomes the headline, and label lines that cannot be right are refused.
 */
class ConllTopicCorpusTest {

    @TempDir
    Path dir;

    private Path conll() throws IOException {
        return Files.writeString(dir.resolve("train.txt"), """
                -DOCSTART- -X- -X- O

                FLOODS NNS B-NP O
                KILL VB B-VP O

                Heavy JJ B-NP O
                rain NN I-NP O
                fell VBD B-VP O
                . . O O

                -DOCSTART- -X- -X- O

                Police NNS B-NP O
                arrest VBP B-VP O
                man NN B-NP O

                He PRP B-NP O
                was VBD B-VP O
                charged VBN I-VP O
                . . O O
                """);
    }

    @Test
    void shouldJoinLabelsToDocumentTextsByIndex() throws IOException {
        Path labels = Files.writeString(dir.resolve("labels.tsv"), """
                # doc\tprimary\tall
                1\tmedtop:02000000\tmedtop:02000000
                0\tmedtop:03000000\tmedtop:03000000,medtop:17000000
                """);
        List<ConllTopicCorpus.Document> docs = ConllTopicCorpus.read(conll(), labels);
        assertThat(docs).extracting(ConllTopicCorpus.Document::index).containsExactly(1, 0);
        ConllTopicCorpus.Document flood = docs.get(1);
        assertThat(flood.headline()).isEqualTo("FLOODS KILL");
        assertThat(flood.body()).contains("Heavy rain fell").doesNotContain("FLOODS");
        assertThat(flood.primary()).isEqualTo("medtop:03000000");
        assertThat(flood.codes()).containsExactly("medtop:03000000", "medtop:17000000");
        assertThat(docs.get(0).headline()).isEqualTo("Police arrest man");
    }

    @Test
    void shouldRefuseAPrimaryTopicMissingFromTheCodesAndUnknownDocuments() throws IOException {
        Path noPrimary = Files.writeString(dir.resolve("a.tsv"), "0\tmedtop:03000000\tmedtop:17000000\n");
        assertThatThrownBy(() -> ConllTopicCorpus.read(conll(), noPrimary)).hasMessageContaining("primary");
        Path unknown = Files.writeString(dir.resolve("b.tsv"), "2\tmedtop:03000000\tmedtop:03000000\n");
        assertThatThrownBy(() -> ConllTopicCorpus.read(conll(), unknown)).hasMessageContaining("no document 2");
    }
}
