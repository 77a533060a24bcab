package io.newsroom.nlp.gazetteer.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Natural Earth's continents: the trimmer keeps the continents by their English names and nothing else (island groups,
 * mountain ranges); the gazetteer leaves a name another list links to that list ("Australia" is the country).
 */
class NaturalEarthRegionsTest {

    private static final String REGIONS = """
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"featurecla":"Island group","name":"MELANESIA","name_en":"Melanesia",
               "wikidataid":"Q37394"},"geometry":null},
             {"type":"Feature","properties":{"featurecla":"Continent","name":"AFRICA","name_en":"Africa","wikidataid":"Q15"},
               "geometry":null},
             {"type":"Feature","properties":{"featurecla":"Continent","name":"AUSTRALIA","name_en":"Australia",
               "wikidataid":"Q3960"},"geometry":null},
             {"type":"Feature","properties":{"featurecla":"Continent","name":"NOWHERE","name_en":"Nowhere"},"geometry":null}]}
            """;

    @TempDir
    Path dir;

    @Test
    void shouldKeepTheContinentsAndLeaveANameAnotherListLinks() throws IOException {
        Files.writeString(dir.resolve("regions.geojson"), REGIONS);
        Path extract = dir.resolve("regions.tsv");

        int n = NaturalEarthRegions.trim(List.of(dir.resolve("regions.geojson")), extract);

        assertThat(n).isEqualTo(2);
        List<NaturalEarthRegions.Region> regions = NaturalEarthRegions.read(extract);
        assertThat(regions).extracting(NaturalEarthRegions.Region::name).containsExactly("Africa", "Australia");
        assertThat(NaturalEarthRegions.lines(regions, "Australia"::equals)).containsExactly("REGION\tAfrica\tQ15\tcontinent\t");
    }
}
