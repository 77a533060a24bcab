package io.newsroom.nlp.gazetteer.build;

import io.newsroom.nlp.gazetteer.GazetteerKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Clubs beyond England's league system: Wikidata's first teams joined to openfootball's names, linked beside England's. */
class FootballClubsTest {

    private static final String EXPORT = """
            player_qid,player_name,team_qid,team_name,start_date,start_year,era
            Q1,"A",Q15789,"FC Bayern Munich",2011-01-01,2011,2011-2015
            Q2,"B",Q15789,"FC Bayern Munich",2012-01-01,2012,2011-2015
            Q3,"C",Q540384,"FC Bayern Munich Women",2012-01-01,2012,2011-2015
            Q4,"D",Q107421,"VfB Stuttgart II",2012-01-01,2012,2011-2015
            Q5,"E",Q131499,"S.L. Benfica",2012-01-01,2012,2011-2015
            Q6,"F",Q131499,"S.L. Benfica",2013-01-01,2013,2011-2015
            Q7,"G",Q20974223,"CF Benfica",2013-01-01,2013,2011-2015
            Q8,"H",Q732929,"Newcastle Jets FC",2013-01-01,2013,2011-2015
            Q9,"I",Q104761,"Bayer 04 Leverkusen",2013-01-01,2013,2011-2015
            """;
    private static final String GERMANY = """
            Bayern München, 1900,    @ Allianz Arena,   München
              | Bayern | Bayern Mün.
              | FC Bayern | FC Bayern München
              | Bayern Munich [en] | FC Bayern Munich [en]
            ii) Bayern München II
              | Bayern II
            """;
    private static final String AUSTRALIA = """
            Newcastle Jets FC, Newcastle
              | Newcastle | Newcastle Jets
            """;

    @TempDir
    Path dir;

    @Test
    void shouldKeepFirstTeamsWithOpenfootballsNamesAndLeaveASmallClubsShortNameToTheBigOne() throws IOException {
        Files.writeString(dir.resolve("export.csv"), EXPORT);
        Files.writeString(dir.resolve("de.clubs.txt"), GERMANY);
        Files.writeString(dir.resolve("au.clubs.txt"), AUSTRALIA);
        Path extract = dir.resolve("clubs.tsv");

        int n = FootballClubs.trim(dir.resolve("export.csv"), List.of(dir.resolve("de.clubs.txt"), dir.resolve("au.clubs.txt")), extract);

        assertThat(n).isEqualTo(4);
        assertThat(EnglishClubs.read(extract)).containsExactly(
                new EnglishClubs.Club("Q104761", "Bayer 04 Leverkusen", List.of("Bayer 04 Leverkusen")),
                new EnglishClubs.Club("Q131499", "S.L. Benfica", List.of("S.L. Benfica")),
                new EnglishClubs.Club("Q15789", "FC Bayern Munich",
                        List.of("FC Bayern Munich", "Bayern München", "Bayern", "FC Bayern", "FC Bayern München", "Bayern Munich")),
                new EnglishClubs.Club("Q732929", "Newcastle Jets FC", List.of("Newcastle Jets FC", "Newcastle", "Newcastle Jets")));
    }

    @Test
    void shouldRefuseAnExportWithoutItsColumns() throws IOException {
        Files.writeString(dir.resolve("export.csv"), "team,name\nQ1,X\n");

        assertThatThrownBy(() -> FootballClubs.trim(dir.resolve("export.csv"), List.of(), dir.resolve("clubs.tsv")))
                .hasMessageContaining("team_qid");
    }

    @Test
    void shouldNameClubsAsNewsDoesAndLeaveEnglishClubsTheirNames() {
        assertThat(EnglishClubs.shortForm("FC Bayern Munich")).isEqualTo("Bayern Munich");
        assertThat(EnglishClubs.shortForm("S.L. Benfica")).isEqualTo("Benfica");
        assertThat(EnglishClubs.shortForm("Bayer 04 Leverkusen")).isEqualTo("Bayer Leverkusen");
        assertThat(EnglishClubs.shortForm("Parma Calcio 1913")).isEqualTo("Parma");
        assertThat(EnglishClubs.shortForm("Real Madrid Club de Fútbol")).isEqualTo("Real Madrid");
        assertThat(EnglishClubs.shortForm("1. FSV Mainz 05")).isEqualTo("Mainz");
        assertThat(EnglishClubs.shortForm("TSV 1860 Munich")).as("the number is that club's name").isEqualTo("1860 Munich");
        assertThat(EnglishClubs.shortForm("RB Leipzig")).isEqualTo("RB Leipzig");

        List<String> lines = EnglishClubs.lines(
                List.of(new EnglishClubs.Club("Q18716", "Newcastle United F.C.", List.of("Newcastle United F.C.", "Newcastle"))),
                List.of(new EnglishClubs.Club("Q732929", "Newcastle Jets FC", List.of("Newcastle Jets FC", "Newcastle", "Newcastle Jets")),
                        new EnglishClubs.Club("Q18716", "Newcastle United F.C.", List.of("Newcastle United F.C.", "Newcastle United FC"))),
                name -> false);

        assertThat(lines).containsExactly(
                GazetteerKind.CLUB + "\tNewcastle United\tQ18716\t" + EnglishClubs.NOTE + "\tNewcastle United F.C.|Newcastle|Newcastle United FC",
                GazetteerKind.CLUB + "\tNewcastle Jets\tQ732929\t" + FootballClubs.NOTE + "\tNewcastle Jets FC");
    }
}
