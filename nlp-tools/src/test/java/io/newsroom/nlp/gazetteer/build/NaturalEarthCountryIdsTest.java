package io.newsroom.nlp.gazetteer.build;

import io.newsroom.nlp.gazetteer.Gazetteer;
import io.newsroom.nlp.gazetteer.GazetteerEntry;
import io.newsroom.nlp.gazetteer.GazetteerKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Natural Earth's country ids: one per ISO code, the code from ISO_A2_EH where Natural Earth writes "-99" (France),
 * the first file's where two have it, none without an id; and the committed gazetteer links the countries and
 * territories the world-leaders table has no id for.
 */
class NaturalEarthCountryIdsTest {

    private static final String COUNTRIES = """
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"NAME":"Afghanistan","NAME_LONG":"Afghanistan","TYPE":"Sovereign country",
               "ISO_A2":"AF","ISO_A2_EH":"AF","WIKIDATAID":"Q889"},"geometry":null},
             {"type":"Feature","properties":{"NAME":"France","NAME_LONG":"France","TYPE":"Country",
               "ISO_A2":"-99","ISO_A2_EH":"FR","WIKIDATAID":"Q142"},"geometry":null},
             {"type":"Feature","properties":{"NAME":"Somaliland","TYPE":"Indeterminate","ISO_A2":"-99","ISO_A2_EH":"-99",
               "WIKIDATAID":"Q34754"},"geometry":null},
             {"type":"Feature","properties":{"NAME":"Nowhere","TYPE":"Country","ISO_A2":"XX"},"geometry":null}]}
            """;
    private static final String TINY = """
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"NAME":"Hong Kong","NAME_LONG":"Hong Kong","TYPE":"Country","ISO_A2":"HK",
               "WIKIDATAID":"Q8646"},"geometry":null},
             {"type":"Feature","properties":{"NAME":"Afghanistan","TYPE":"Country","ISO_A2":"AF","WIKIDATAID":"Q1"},"geometry":null}]}
            """;

    @TempDir
    Path dir;

    @Test
    void shouldKeepOneIdPerIsoCode() throws IOException {
        Files.writeString(dir.resolve("countries.geojson"), COUNTRIES);
        Files.writeString(dir.resolve("tiny.geojson"), TINY);
        Path extract = dir.resolve("ids.tsv");

        int n = NaturalEarthCountryIds.trim(List.of(dir.resolve("countries.geojson"), dir.resolve("tiny.geojson")), extract);

        assertThat(n).isEqualTo(3);
        assertThat(NaturalEarthCountryIds.read(extract)).containsExactlyInAnyOrderEntriesOf(Map.of("AF", "Q889", "FR", "Q142", "HK", "Q8646"));
    }

    @Test
    void shouldLinkTheCountriesAndTerritoriesTheLeadersTableLacks() {
        Gazetteer gazetteer = Gazetteer.loadDefault();
        assertThat(List.of("Afghanistan", "Hong Kong", "Puerto Rico", "Greenland", "Isle of Man"))
                .map(name -> gazetteer.lookup(name).stream().filter(e -> e.kind() == GazetteerKind.COUNTRY)
                        .map(GazetteerEntry::wikidataId).findFirst().orElse(null))
                .containsExactly("Q889", "Q8646", "Q1183", "Q223", "Q9676");
    }
}
