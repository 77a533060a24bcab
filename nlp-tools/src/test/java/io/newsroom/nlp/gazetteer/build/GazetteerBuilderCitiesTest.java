package io.newsroom.nlp.gazetteer.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
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
                place("Q3", "Hamilton", "New Zealand", 148_200), place("Q4", "Hamilton", "Bermuda", 52_320)), List.of(), Set.of(), out);

        assertThat(written).isEqualTo(1);
        assertThat(read(out)).isEqualTo("CITY\tSantiago\tQ1\tcity in Chile\t\n");
    }

    @Test
    void shouldAddTheTownsTheCitiesLackUnderATownNote() throws IOException {
        Path out = dir.resolve("cities.tsv.gz");
        int written = new GazetteerBuilder().writeCities(
                List.of(place("Q84", "London", "United Kingdom", 8_567_000), place("Q2256", "Birmingham", "United Kingdom", 2_285_000)),
                List.of(place("Q84", "London", "United Kingdom", 8_567_000), place("Q39121", "Leeds", "United Kingdom", 1_529_000),
                        place("Q79867", "Birmingham", "United States of America", 1_128_000),
                        place("Q161491", "Reading", "United Kingdom", 369_804),
                        place("Q42462", "York", "United Kingdom", 158_947), place("Q821105", "York", "United States of America", 218_010),
                        place("Q1", "Springfield", "United States of America", 300_000),
                        place("Q2", "Springfield", "United States of America", 150_000)),
                Set.of("reading", "the"), out);

        // London once, as the 1:50m city; Birmingham stays the city's; Reading is a word; the two Yorks are in two
        // countries, which the linker tells apart by the article's country; the two Springfields are not.
        assertThat(written).isEqualTo(5);
        assertThat(read(out)).isEqualTo("CITY\tBirmingham\tQ2256\tcity in United Kingdom\t\n"
                + "CITY\tLeeds\tQ39121\ttown in United Kingdom\t\n"
                + "CITY\tLondon\tQ84\tcity in United Kingdom\t\n"
                + "CITY\tYork\tQ42462\ttown in United Kingdom\t\n"
                + "CITY\tYork\tQ821105\ttown in United States of America\t\n");
    }

    private static String read(Path gz) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void shouldAddTheOvSpellingOfAnOwName() {
        assertThat(GazetteerBuilder.transliterations("Serdar Berdimuhamedow")).containsExactly("Serdar Berdimuhamedov");
        assertThat(GazetteerBuilder.transliterations("Kassym-Jomart Tokayev")).isEmpty();
        assertThat(GazetteerBuilder.transliterations("Mahathir bin Mohamad")).containsExactly("Mahathir Mohamad");
        assertThat(GazetteerBuilder.transliterations("Robin Binns")).as("no patronymic inside words").isEmpty();
    }
}
