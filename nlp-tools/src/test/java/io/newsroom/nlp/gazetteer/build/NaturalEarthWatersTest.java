package io.newsroom.nlp.gazetteer.build;

import io.newsroom.nlp.gazetteer.GazetteerKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Natural Earth waters: the trimmer keeps one row per Wikidata id (a sea drawn in several polygons) with the
 * English name first; the gazetteer keeps the names that can mean that one water, adds the short names news uses
 * ("the Mediterranean"), and never turns a word, a shared name or another list's name into a sea.
 */
class NaturalEarthWatersTest {

    private static final String MARINE = """
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"featurecla":"sea","name":"Mediterranean Sea","name_en":"Mediterranean Sea",
               "scalerank":0,"wikidataid":"Q4918"},"geometry":null},
             {"type":"Feature","properties":{"featurecla":"sea","name":"Mediterranean Sea","name_en":"Mediterranean Sea",
               "scalerank":1,"wikidataid":"Q4918"},"geometry":null},
             {"type":"Feature","properties":{"featurecla":"ocean","name":"INDIAN OCEAN","name_en":"Indian Ocean",
               "scalerank":0,"wikidataid":"Q1239"},"geometry":null},
             {"type":"Feature","properties":{"featurecla":"river","name":"Amazon River","name_en":"Amazon",
               "scalerank":4,"wikidataid":"Q3783"},"geometry":null},
             {"type":"Feature","properties":{"featurecla":"bay","name":"Unnamed","name_en":null,
               "scalerank":2,"wikidataid":null},"geometry":null}]}
            """;
    private static final String LAKES = """
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"featurecla":"Lake","name":"Caspian Sea","name_en":"Caspian Sea",
               "scalerank":0,"wikidataid":"Q5484"},"geometry":null}]}
            """;

    @TempDir
    Path dir;

    @Test
    void shouldKeepOneRowPerWaterWithItsEnglishNameFirst() throws IOException {
        Files.writeString(dir.resolve("marine.geojson"), MARINE);
        Files.writeString(dir.resolve("lakes.geojson"), LAKES);
        Path extract = dir.resolve("waters.tsv");

        int n = NaturalEarthWaters.trim(List.of(dir.resolve("marine.geojson"), dir.resolve("lakes.geojson")), extract);

        assertThat(n).isEqualTo(3);
        assertThat(NaturalEarthWaters.read(extract)).containsExactly(
                new NaturalEarthWaters.Water("Q1239", List.of("Indian Ocean"), "ocean"),
                new NaturalEarthWaters.Water("Q4918", List.of("Mediterranean Sea"), "sea"),
                new NaturalEarthWaters.Water("Q5484", List.of("Caspian Sea"), "lake"));
    }

    @Test
    void shouldRefuseADamagedExtract() throws IOException {
        Path extract = dir.resolve("waters.tsv");
        Files.writeString(extract, NaturalEarthWaters.EXTRACT_HEADER + "\nQ4918\tMediterranean Sea\n");

        assertThatThrownBy(() -> NaturalEarthWaters.read(extract)).hasMessageContaining("waters.tsv:2");
    }

    @Test
    void shouldGiveTheNewsShortNameToTheWatersThatHaveOneOnly() {
        List<String> lines = NaturalEarthWaters.lines(List.of(
                water("Q4918", "Mediterranean Sea"),
                water("Q5484", "Caspian Sea"),
                water("Q82931", "Coral Sea"),
                water("Q788", "Arctic Ocean")), Set.of(), name -> name.equals("Caspian"));

        assertThat(lines).containsExactly(
                GazetteerKind.WATER + "\tMediterranean Sea\tQ4918\tsea\tMediterranean",
                GazetteerKind.WATER + "\tCaspian Sea\tQ5484\tsea\t",
                GazetteerKind.WATER + "\tCoral Sea\tQ82931\tsea\t",
                GazetteerKind.WATER + "\tArctic Ocean\tQ788\tsea\t");
    }

    @Test
    void shouldLinkNeitherOfTwoWatersOfOneNameNorAWordNorANameAnotherListHolds() {
        List<String> lines = NaturalEarthWaters.lines(List.of(
                water("Q1", "Lake George"),
                water("Q2", "Lake George"),
                water("Q3", "Solent"),
                water("Q4", "Victoria"),
                water("Q5", "Sound")), Set.of("sound"), name -> name.equals("Victoria"));

        assertThat(lines).containsExactly(GazetteerKind.WATER + "\tSolent\tQ3\tsea\t");
    }

    private static NaturalEarthWaters.Water water(String qid, String name) {
        return new NaturalEarthWaters.Water(qid, List.of(name), "sea");
    }
}
