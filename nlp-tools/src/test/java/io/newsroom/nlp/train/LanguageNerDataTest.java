package io.newsroom.nlp.train;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The French, German and Spanish NER data read as published (issue 19): WikiNEuRal's indexed ".conllu" layout with
 * -DOCSTART- documents, the German CoNLL-2003 copy's Windows-1251 mojibake undone, WikiANN's "fr:" token prefix
 * dropped and each of its unrelated sentences a document of its own, and the split files found by name.
 */
class LanguageNerDataTest {

    @TempDir
    Path dir;

    @Test
    void shouldReadIndexedConlluDocumentsAndRepairGermanMojibake() throws IOException {
        Path file = dir.resolve("train.conllu");
        Files.writeString(file, """
                0\t-DOCSTART-\tO

                0\tAlbrecht\tB-PER
                1\tLehmann\tI-PER
                2\tlдяt\tO
                3\tFlьchtlinge\tO
                4\tin\tO
                5\tWestdeutschland\tB-LOC

                0\tEin\tO
                1\tSatz\tB-OTH

                0\t-DOCSTART-\tO

                0\tBonn\tB-LOC
                """);
        List<ConllReader.Document> docs = LanguageNerData.read(file, "de");

        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).sentences()).hasSize(2);
        assertThat(docs.get(0).sentences().get(0)).containsExactly("Albrecht", "Lehmann", "läßt", "Flüchtlinge", "in",
                "Westdeutschland");
        assertThat(docs.get(0).labels().get(0)).containsExactly("B-PER", "I-PER", "O", "O", "O", "B-LOC");
        assertThat(docs.get(0).labels().get(1)).as("a type outside PER/ORG/LOC/MISC is MISC").containsExactly("O", "B-MISC");
        assertThat(docs.get(1).sentences().get(0)).containsExactly("Bonn");
    }

    @Test
    void shouldDropWikiannPrefixAndMakeEachSentenceADocument() throws IOException {
        Path file = dir.resolve("dev");
        Files.writeString(file, "fr:Parti\tB-ORG\nfr:libéral\tI-ORG\nfr:du\tI-ORG\nfr:Québec\tI-ORG\n\nfr:l'Isère\tB-LOC\n");
        List<ConllReader.Document> docs = LanguageNerData.read(file, "fr");

        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).sentences().get(0)).containsExactly("Parti", "libéral", "du", "Québec");
        assertThat(docs.get(1).sentences().get(0)).containsExactly("l'Isère");
    }

    @Test
    void shouldFindSplitsByTheirNames() throws IOException {
        Files.writeString(dir.resolve("train"), "");
        Files.writeString(dir.resolve("dev"), "");
        Files.writeString(dir.resolve("test.conllu"), "");

        assertThat(LanguageNerData.split(dir, "val").getFileName().toString()).isEqualTo("dev");
        assertThat(LanguageNerData.split(dir, "test").getFileName().toString()).isEqualTo("test.conllu");
        assertThat(LanguageNerData.split(dir, "train").getFileName().toString()).isEqualTo("train");
    }
}
