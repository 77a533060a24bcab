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

/**
 * How {@link GazetteerBuilder} turns Natural Earth places into linkable cities: a shared name goes to a place
 * only when it is far larger than the others, and Wikidata's "-ow" spellings of leaders get their "-ov" alias.
 */
class GazetteerBuilderCitiesTest {

    @TempDir
    Path dir;

    private static NaturalEarthPlaces.Place place(String qid, String name, String country, long population) {
        return new NaturalEarthPlaces.Place(qid, List.of(name), "Populated place", country, population);
    }

    @Test
    void shouldGiveASharedNameOnlyToAFarLargerPlace() throws IOException {
        Path out = dir.resolve("cities.tsv.gz");
        int written = new GazetteerBuilder().writeCities(List.of(
                place("Q1", "Santiago", "Chile", 5_720_000), place("Q2", "Santiago", "Dominican Republic", 1_550_000),
                place("Q3", "Hamilton", "New Zealand", 148_200), place("Q4", "Hamilton", "Bermuda", 52_320)), out);

        String lines;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(out))) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(written).isEqualTo(1);
        assertThat(lines).isEqualTo("CITY\tSantiago\tQ1\tcity in Chile\t\n");
    }

    @Test
    void shouldAddTheOvSpellingOfAnOwName() {
        assertThat(GazetteerBuilder.transliterations("Serdar Berdimuhamedow")).containsExactly("Serdar Berdimuhamedov");
        assertThat(GazetteerBuilder.transliterations("Kassym-Jomart Tokayev")).isEmpty();
    }
}
