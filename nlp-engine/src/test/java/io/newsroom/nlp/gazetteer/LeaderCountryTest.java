package io.newsroom.nlp.gazetteer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The country each head of state or government led: what tells an international story (leaders of two countries) from
 * a domestic one (two prime ministers of one country, or ministers and MPs, who lead nothing).
 */
class LeaderCountryTest {

    @Test
    void shouldReadTheLedCountryFromEitherTablesNote() {
        assertThat(Gazetteer.leadersCountry("President of Brazil")).isEqualTo("Brazil");
        assertThat(Gazetteer.leadersCountry("Prime Minister of the United Kingdom")).isEqualTo("United Kingdom");
        assertThat(Gazetteer.leadersCountry("Member of the 55th Parliament of the United Kingdom; Prime Minister, United Kingdom; "
                + "head of government of United Kingdom; Member of the 54th Parliament of the United Kingdom")).isEqualTo("United Kingdom");
        assertThat(Gazetteer.leadersCountry("Secretary-General of the United Nations; head of government of Portugal"))
                .isEqualTo("United Nations");
    }

    @Test
    void shouldKnowLeadersOnlyAmongThePeopleItLinks(@TempDir Path dir) throws IOException {
        gz(dir.resolve("leaders.tsv.gz"), "PERSON\tJair Bolsonaro\tQ10304982\tPresident of Brazil\t\n");
        gz(dir.resolve(Gazetteer.OFFICE_HOLDERS_FILE), String.join("\n",
                "PERSON\tGordon Brown\tQ10648\tMember of the 55th Parliament of the United Kingdom; head of government of United Kingdom\t",
                "PERSON\tSuella Braverman\tQ19957769\tSecretary of State for the Home Department, United Kingdom\t", ""));

        Gazetteer g = Gazetteer.load(dir);

        assertThat(g.leaderCountry("Q10304982")).isEqualTo("Brazil");
        assertThat(g.leaderCountry("Q10648")).isEqualTo("United Kingdom");
        assertThat(g.leaderCountry("Q19957769")).as("a minister leads no country").isNull();
    }

    private static void gz(Path file, String content) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
    }
}
