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

/**
 * The football clubs: the trimmer joins the Wikidata mapping to openfootball's names for the same club (found by any of
 * them), leaving out league-table abbreviations and names of long ago; the gazetteer names a club as news does
 * ("Arsenal", "Reading": a word too, but the linker asks for an ORGANIZATION span in a football story), and never turns
 * a name two clubs share or another list's organisation into a club.
 */
class EnglishClubsTest {

    private static final String TEAM_LINKS = """
            team_id,name,wikidata,wikidata_label,dbpedia
            arsenal,Arsenal FC,Q9617,Arsenal F.C.,Arsenal_F.C.
            bournemouth,AFC Bournemouth,Q19568,AFC Bournemouth,AFC_Bournemouth
            swansea-city,Swansea City FC,Q18659,Swansea City A.F.C.,Swansea_City_A.F.C.
            nowhere,Nowhere FC,,,
            """;
    private static final String ENGLAND = """
            ====================================
            =  England

            Arsenal FC, 1886, @ Emirates Stadium, London (Highbury)   ## Greater London
              | Arsenal | FC Arsenal
              | Arsenal Football Club
              | Woolwich Arsenal FC  # old name before season 1914/5
            Charlton Athletic FC,  @ The Valley,  London (Charlton)
              | Charlton | Charlton Ath. | Charlton Athletic
            """;
    private static final String WALES = """
            Swansea City AFC, 1912,     @ Liberty Stadium, Swansea
              | Swansea | Swansea City | Swansea City FC
            """;

    @TempDir
    Path dir;

    @Test
    void shouldJoinEachLinkedClubToItsOpenfootballNames() throws IOException {
        Files.writeString(dir.resolve("team_links.csv"), TEAM_LINKS);
        Files.writeString(dir.resolve("eng.clubs.txt"), ENGLAND);
        Files.writeString(dir.resolve("wal.clubs.txt"), WALES);
        Path extract = dir.resolve("clubs.tsv");

        int n = EnglishClubs.trim(dir.resolve("team_links.csv"), List.of(dir.resolve("eng.clubs.txt"), dir.resolve("wal.clubs.txt")), extract);

        assertThat(n).isEqualTo(3);
        assertThat(EnglishClubs.read(extract)).containsExactly(
                new EnglishClubs.Club("Q9617", "Arsenal F.C.", List.of("Arsenal F.C.", "Arsenal FC", "Arsenal", "FC Arsenal", "Arsenal Football Club")),
                new EnglishClubs.Club("Q19568", "AFC Bournemouth", List.of("AFC Bournemouth")),
                new EnglishClubs.Club("Q18659", "Swansea City A.F.C.",
                        List.of("Swansea City A.F.C.", "Swansea City FC", "Swansea City AFC", "Swansea", "Swansea City")));
    }

    @Test
    void shouldKeepTheClubsNamesWithoutLeagueTableAbbreviations() {
        assertThat(EnglishClubs.openfootballNames(ENGLAND.lines().toList())).containsEntry("Charlton Athletic FC",
                List.of("Charlton", "Charlton Athletic"));
    }

    @Test
    void shouldRefuseADamagedExtract() throws IOException {
        Path extract = dir.resolve("clubs.tsv");
        Files.writeString(extract, EnglishClubs.EXTRACT_HEADER + "\nQ9617\tArsenal F.C.\n");

        assertThatThrownBy(() -> EnglishClubs.read(extract)).hasMessageContaining("clubs.tsv:2");
    }

    @Test
    void shouldNameAClubAsNewsDoesAndLeaveSharedNamesAndOtherOrganisationsOut() {
        List<String> lines = EnglishClubs.lines(List.of(
                club("Q9617", "Arsenal F.C.", "Arsenal FC"),
                club("Q19568", "AFC Bournemouth"),
                club("Q18729", "Reading F.C.", "Reading FC"),
                club("Q19482", "Wimbledon F.C.", "Wimbledon"),
                club("Q48851", "AFC Wimbledon"),
                club("Q1", "Everton F.C.", "Everton FC")), name -> name.equals("Everton FC"));

        assertThat(lines).containsExactly(
                GazetteerKind.CLUB + "\tArsenal\tQ9617\t" + EnglishClubs.NOTE + "\tArsenal F.C.|Arsenal FC",
                GazetteerKind.CLUB + "\tBournemouth\tQ19568\t" + EnglishClubs.NOTE + "\tAFC Bournemouth",
                GazetteerKind.CLUB + "\tReading\tQ18729\t" + EnglishClubs.NOTE + "\tReading F.C.|Reading FC",
                GazetteerKind.CLUB + "\tWimbledon F.C.\tQ19482\t" + EnglishClubs.NOTE + "\t",
                GazetteerKind.CLUB + "\tAFC Wimbledon\tQ48851\t" + EnglishClubs.NOTE + "\t",
                GazetteerKind.CLUB + "\tEverton\tQ1\t" + EnglishClubs.NOTE + "\tEverton F.C.");
    }

    private static EnglishClubs.Club club(String id, String label, String... names) {
        List<String> all = new java.util.ArrayList<>(List.of(label));
        all.addAll(List.of(names));
        return new EnglishClubs.Club(id, label, List.copyOf(all));
    }
}
