package io.newsroom.nlp.gazetteer.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Natural Earth trimmer and extract reader: places without a Wikidata id and scientific stations are left
 * out, every spelling the source gives is kept (English name first), and a damaged extract is an error.
 */
class NaturalEarthPlacesTest {

    private static final String GEOJSON = """
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"NAME":"Zürich","NAMEASCII":"Zurich","NAME_EN":"Zurich","NAMEALT":"Zuerich|Z",
               "FEATURECLA":"Admin-1 capital","ADM0NAME":"Switzerland","POP_MAX":1108000,"wikidataid":"Q72"}},
             {"type":"Feature","properties":{"NAME":"Nowhere","NAMEASCII":"Nowhere","NAME_EN":"Nowhere","NAMEALT":null,
               "FEATURECLA":"Populated place","ADM0NAME":"Atlantis","POP_MAX":10,"wikidataid":null}},
             {"type":"Feature","properties":{"NAME":"Artigas Base","NAMEASCII":"Artigas Base","NAME_EN":"Artigas Base",
               "NAMEALT":null,"FEATURECLA":"Scientific station","ADM0NAME":"Antarctica","POP_MAX":60,"wikidataid":"Q1"}},
             {"type":"Feature","properties":{"NAME":"Astana","NAMEASCII":"Astana","NAME_EN":"Astana","NAMEALT":null,
               "FEATURECLA":"Admin-0 capital","ADM0NAME":"Kazakhstan","POP_MAX":345604,"wikidataid":"Q2"}}]}
            """;

    @TempDir
    Path dir;

    @Test
    void shouldKeepOnlyPlacesWithAWikidataIdAndEverySpellingOfThem() throws IOException {
        Path geojson = dir.resolve("places.json");
        Files.writeString(geojson, GEOJSON, StandardCharsets.UTF_8);
        Path extract = dir.resolve("extract.tsv");

        int kept = NaturalEarthPlaces.trim(geojson, extract);
        List<NaturalEarthPlaces.Place> places = NaturalEarthPlaces.read(extract);

        assertThat(kept).isEqualTo(2);
        assertThat(places).extracting(NaturalEarthPlaces.Place::wikidataId).containsExactly("Q2", "Q72");
        NaturalEarthPlaces.Place zurich = places.get(1);
        assertThat(zurich.names()).containsExactly("Zurich", "Zürich", "Zuerich"); // "Z" is too short to link
        assertThat(zurich.country()).isEqualTo("Switzerland");
        assertThat(zurich.population()).isEqualTo(1108000);
        assertThat(zurich.nationalCapital()).isFalse();
        assertThat(places.get(0).nationalCapital()).isTrue();
    }

    @Test
    void shouldRefuseAnExtractWithAMissingColumn() throws IOException {
        Path extract = dir.resolve("broken.tsv");
        Files.writeString(extract, NaturalEarthPlaces.EXTRACT_HEADER + "\nQ72\tZurich\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> NaturalEarthPlaces.read(extract)).isInstanceOf(IOException.class)
                .hasMessageContaining("broken.tsv:2");
    }

    @Test
    void shouldReadTheCommittedExtract() throws IOException {
        List<NaturalEarthPlaces.Place> places = NaturalEarthPlaces.read(
                Path.of("gazetteer-sources").resolve(GazetteerBuilder.NATURAL_EARTH_EXTRACT));

        assertThat(places).hasSizeGreaterThan(1000);
        assertThat(places).filteredOn(NaturalEarthPlaces.Place::nationalCapital).hasSizeGreaterThan(190);
        assertThat(places).filteredOn(p -> p.names().contains("Astana")).hasSize(1);
    }
}
