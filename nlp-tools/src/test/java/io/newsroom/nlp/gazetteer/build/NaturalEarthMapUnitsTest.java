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
 * The Natural Earth map-units trimmer and extract reader: only the United Kingdom's geo units (its four nations) are
 * kept, each with its Wikidata id and every English spelling the source gives, and a damaged extract is an error.
 */
class NaturalEarthMapUnitsTest {

    private static final String GEOJSON = """
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"SOVEREIGNT":"United Kingdom","TYPE":"Geo unit","ADMIN":"United Kingdom",
               "GEOUNIT":"Northern Ireland","NAME":"N. Ireland","NAME_LONG":"Northern Ireland","NAME_EN":"Northern Ireland",
               "WIKIDATAID":"Q26"},"geometry":null},
             {"type":"Feature","properties":{"SOVEREIGNT":"United Kingdom","TYPE":"Dependency","ADMIN":"Bermuda",
               "GEOUNIT":"Bermuda","NAME":"Bermuda","NAME_LONG":"Bermuda","NAME_EN":"Bermuda","WIKIDATAID":"Q3"},"geometry":null},
             {"type":"Feature","properties":{"SOVEREIGNT":"Belgium","TYPE":"Geo unit","ADMIN":"Belgium",
               "GEOUNIT":"Flemish Region","NAME":"Flemish","NAME_LONG":"Flemish Region","NAME_EN":"Flemish Region",
               "WIKIDATAID":"Q4"},"geometry":null},
             {"type":"Feature","properties":{"SOVEREIGNT":"United Kingdom","TYPE":"Geo unit","ADMIN":"United Kingdom",
               "GEOUNIT":"Wales","NAME":"Wales","NAME_LONG":"Wales","NAME_EN":"Wales","WIKIDATAID":"Q25"},"geometry":null}]}
            """;

    @TempDir
    Path dir;

    @Test
    void shouldKeepOnlyTheUnitedKingdomsNationsWithEverySpelling() throws IOException {
        Path geojson = dir.resolve("map_units.geojson");
        Files.writeString(geojson, GEOJSON, StandardCharsets.UTF_8);
        Path extract = dir.resolve("extract.tsv");

        int kept = NaturalEarthMapUnits.trim(geojson, extract);
        List<NaturalEarthMapUnits.Unit> units = NaturalEarthMapUnits.read(extract);

        assertThat(kept).isEqualTo(2);
        assertThat(units).extracting(NaturalEarthMapUnits.Unit::wikidataId).containsExactly("Q25", "Q26");
        assertThat(units.get(1).names()).containsExactly("Northern Ireland", "N. Ireland");
        assertThat(units.get(1).sovereign()).isEqualTo("United Kingdom");
    }

    @Test
    void shouldRefuseAnExtractWithAMissingColumn() throws IOException {
        Path extract = dir.resolve("broken.tsv");
        Files.writeString(extract, NaturalEarthMapUnits.EXTRACT_HEADER + "\nQ21\tEngland\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> NaturalEarthMapUnits.read(extract)).isInstanceOf(IOException.class)
                .hasMessageContaining("broken.tsv:2");
    }

    @Test
    void shouldReadTheCommittedExtractOfTheFourNations() throws IOException {
        List<NaturalEarthMapUnits.Unit> units = NaturalEarthMapUnits.read(
                Path.of("gazetteer-sources").resolve(GazetteerBuilder.NATURAL_EARTH_MAP_UNITS_EXTRACT));

        assertThat(units).extracting(u -> u.names().get(0))
                .containsExactlyInAnyOrder("England", "Scotland", "Wales", "Northern Ireland");
        assertThat(units).extracting(NaturalEarthMapUnits.Unit::wikidataId).allMatch(id -> id.matches("Q\\d+")).doesNotHaveDuplicates();
    }
}
