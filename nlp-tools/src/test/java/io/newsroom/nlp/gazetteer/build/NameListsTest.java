package io.newsroom.nlp.gazetteer.build;

import io.newsroom.nlp.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The person-name lists become NER features by token key: F for a first name, N for a name of the mixed first-and-last
 * list (so N alone is most likely a surname); the committed gazetteers carry them.
 */
class NameListsTest {

    @Test
    void shouldMarkFirstNamesAndOtherNamesByTokenKey(@TempDir Path dir) throws IOException {
        Path lists = Files.createDirectories(dir.resolve("name-lists"));
        Files.writeString(lists.resolve("female-first-names.txt"), "Sarah\nAnna\n");
        Files.writeString(lists.resolve("male-first-names.txt"), "Boris\n");
        Files.writeString(lists.resolve("people-names.txt"), "Anna\nNazarbayev\nVan Dyke\n");
        Path out = dir.resolve("gazetteers");
        Files.createDirectories(out);

        int names = new GazetteerBuilder().writeNames(lists, out.resolve(Gazetteer.NAMES_FILE));
        Gazetteer g = Gazetteer.load(out);

        assertThat(names).isEqualTo(4);
        assertThat(g.nameKinds("sarah")).isEqualTo("F");
        assertThat(g.nameKinds("anna")).isEqualTo("FN");
        assertThat(g.nameKinds("nazarbayev")).isEqualTo("N");
        assertThat(g.nameKinds("dyke")).as("multi-word entries are not tokens").isNull();
    }

    @Test
    void shouldShipTheNameListsWithTheCommittedGazetteers() {
        Gazetteer g = Gazetteer.loadDefault();

        assertThat(g.nameKinds("sarah")).contains("F");
        assertThat(g.nameKinds("the")).isNull();
    }
}
