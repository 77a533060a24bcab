package io.newsroom.nlp.gazetteer.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The fr/de/es names file is derived from world-countries translations and French demonyms, the organisations' French
 * acronyms and names, and our written list, each keyed by the English canonical name that the committed English
 * gazetteers know; an English name they do not know stops the build.
 */
class MultilingualNamesBuilderTest {

    private static final Path ENGLISH = Path.of("../nlp-engine/src/main/resources/io/newsroom/nlp/models/gazetteers");

    private static void data(Path dir, String written) throws IOException {
        Files.createDirectories(dir.resolve("data/gazetteers"));
        Files.writeString(dir.resolve("data/gazetteers/world-countries.json"), """
                [{"name": {"common": "Germany", "official": "Federal Republic of Germany"},
                  "translations": {"fra": {"common": "Allemagne", "official": "République fédérale d'Allemagne"},
                                   "deu": {"common": "Deutschland", "official": "Bundesrepublik Deutschland"},
                                   "spa": {"common": "Alemania", "official": "República Federal de Alemania"}},
                  "demonyms": {"eng": {"f": "German", "m": "German"}, "fra": {"f": "Allemande", "m": "Allemand"}}}]
                """);
        Files.writeString(dir.resolve("data/gazetteers/international-organisations.yaml"), """
                North Atlantic Treaty Organisation:
                  Wikidata_code: Q7184
                  Name_en: North Atlantic Treaty Organisation
                  Abbreviation_fr: OTAN
                  Name_de: Nordatlantikvertrag-Organisation
                """);
        Files.createDirectories(dir.resolve("sources/multilingual"));
        Files.writeString(dir.resolve("sources/multilingual/names-written.tsv"), "# ours\n" + written);
    }

    private static List<String> read(Path gz) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Test
    void shouldKeyEveryLocalNameByItsEnglishName(@TempDir Path dir) throws IOException {
        data(dir, "de\tCITY\tMunich\tMünchen\n");
        Path out = dir.resolve("out");

        new MultilingualNamesBuilder().build(dir.resolve("data"), dir.resolve("sources"), ENGLISH, out);

        assertThat(read(out.resolve("names-places.tsv.gz"))).containsExactly(
                "de\tCITY\tMunich\tMünchen",
                "de\tCOUNTRY\tGermany\tDeutschland|Bundesrepublik Deutschland",
                "es\tCOUNTRY\tGermany\tAlemania|República Federal de Alemania",
                "fr\tCOUNTRY\tGermany\tAllemagne|République fédérale d'Allemagne",
                "fr\tDEMONYM\tGerman\tAllemand|Allemands|Allemande|Allemandes");
        assertThat(read(out.resolve("names-organisations.tsv.gz"))).as("CC BY-SA names in a file of their own").containsExactly(
                "de\tORGANISATION\tNorth Atlantic Treaty Organisation\tNordatlantikvertrag-Organisation",
                "fr\tORGANISATION\tNorth Atlantic Treaty Organisation\tOTAN");
    }

    @Test
    void shouldRefuseANameTheEnglishGazetteersDoNotKnow(@TempDir Path dir) throws IOException {
        data(dir, "de\tCITY\tAtlantis\tAtlantis-Stadt\n");

        assertThatThrownBy(() -> new MultilingualNamesBuilder().build(dir.resolve("data"), dir.resolve("sources"), ENGLISH,
                dir.resolve("out"))).hasMessageContaining("Atlantis");
    }
}
