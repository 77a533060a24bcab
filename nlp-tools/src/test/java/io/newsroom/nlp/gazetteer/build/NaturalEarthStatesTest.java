package io.newsroom.nlp.gazetteer.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Natural Earth's states: the trimmer keeps the admin-1 divisions with an id; the gazetteer leaves a name another list
 * links to that list ("Georgia" is the country) and gives "Washington" to the capital district, not the state.
 */
class NaturalEarthStatesTest {

    private static final String STATES = """
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"featurecla":"Admin-1 scale rank","name":"Arizona","name_en":"Arizona",
               "type_en":"State","admin":"United States of America","wikidataid":"Q816"},"geometry":null},
             {"type":"Feature","properties":{"featurecla":"Admin-1 scale rank","name":"Washington","name_en":"Washington",
               "type_en":"State","admin":"United States of America","wikidataid":"Q1223"},"geometry":null},
             {"type":"Feature","properties":{"featurecla":"Admin-1 scale rank","name":"District of Columbia",
               "name_en":"Washington","type_en":"Federal District","admin":"United States of America","wikidataid":"Q61"},
               "geometry":null},
             {"type":"Feature","properties":{"featurecla":"Admin-1 scale rank","name":"Georgia","name_en":"Georgia",
               "type_en":"State","admin":"United States of America","wikidataid":"Q1428"},"geometry":null},
             {"type":"Feature","properties":{"featurecla":"Admin-1 scale rank","name":"Nowhere","type_en":"State"},
               "geometry":null}]}
            """;

    @TempDir
    Path dir;

    @Test
    void shouldLinkStatesByNameButLeaveTheCapitalsNameToTheCapitalAndACountrysToTheCountry() throws IOException {
        Files.writeString(dir.resolve("states.geojson"), STATES);
        Path extract = dir.resolve("states.tsv");

        int n = NaturalEarthStates.trim(List.of(dir.resolve("states.geojson")), extract);

        assertThat(n).isEqualTo(4);
        List<NaturalEarthStates.State> states = NaturalEarthStates.read(extract);
        assertThat(states).extracting(NaturalEarthStates.State::name)
                .containsExactly("Arizona", "Washington", "District of Columbia", "Georgia");
        assertThat(NaturalEarthStates.lines(states, Set.of("Georgia")::contains)).containsExactly(
                "REGION\tArizona\tQ816\tstate of United States of America\t",
                "REGION\tWashington\tQ61\tfederal district of United States of America\tDistrict of Columbia");
    }
}
