package io.newsroom.nlp.gazetteer.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office-holders extract keeps terms that ran in 1990 or later, names countries in English, leaves out Portuguese
 * regnal names, and reads back as it was written; the gazetteer built from it keeps one line per person with every
 * office, and leaves the current leaders to their own table.
 */
class OfficeHoldersTest {

    static final String LEADERS = """
            iso3,country,role,person,person_qid,start,end,party,end_cause
            GBR,Reino Unido,head_of_government,Gordon Brown,Q10648,2007-06-27T00:00:00Z,2010-05-11T00:00:00Z,Labour,
            GBR,Reino Unido,head_of_government,Harold Wilson,Q128956,1974-03-04T00:00:00Z,1976-04-05T00:00:00Z,Labour,
            GBR,Reino Unido,head_of_state,Carlos III do Reino Unido,Q43274,2022-09-08T00:00:00Z,,,
            PRT,Portugal,head_of_government,António Guterres,Q311440,1995-10-28T00:00:00Z,2002-04-06T00:00:00Z,PS,
            XXX,Nowhere,head_of_state,Someone Undated,Q1,,,,
            """;
    static final String INTERNATIONAL = """
            position,person,personID,start,end
            Secretary-General of the United Nations,António Guterres,Q311440,2017-01-01,
            """;
    static final String PARLIAMENT = """
            item,id,name,country,psid
            Q62626907,197648,Alexander Bernhuber,Austria,x
            """;
    static final String COUNTRIES = "[{\"cca3\": \"GBR\", \"name\": {\"common\": \"United Kingdom\"}}]";

    @Test
    void shouldKeepRecentTermsWithEnglishCountryNames(@TempDir Path dir) throws IOException {
        Path extract = trim(dir);

        List<OfficeHolders.Term> terms = OfficeHolders.read(extract);

        assertThat(terms).extracting(OfficeHolders.Term::name)
                .containsExactlyInAnyOrder("Gordon Brown", "António Guterres", "António Guterres", "Alexander Bernhuber");
        assertThat(terms).filteredOn(t -> t.name().equals("Gordon Brown")).singleElement()
                .isEqualTo(new OfficeHolders.Term("Q10648", "Gordon Brown", "head of government of United Kingdom", "2007", "2010"));
        assertThat(terms).extracting(OfficeHolders.Term::office).contains("Member of the European Parliament for Austria",
                "head of government of Portugal", "Secretary-General of the United Nations");
    }

    @Test
    void shouldGiveEachPersonOneLineWithEveryOfficeLatestFirst(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("officeholders.tsv.gz");

        int people = new GazetteerBuilder().writeOfficeHolders(OfficeHolders.read(trim(dir)), java.util.Set.of("Q10648"), out);

        assertThat(people).isEqualTo(2);
        List<String> lines = new String(new java.util.zip.GZIPInputStream(Files.newInputStream(out)).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("PERSON\tAntónio Guterres\tQ311440\t"
                + "Secretary-General of the United Nations; head of government of Portugal"));
        assertThat(lines).noneMatch(l -> l.contains("Gordon Brown")).as("a current leader stays in the leaders' table");
    }

    @Test
    void shouldKeepNationalOfficeHoldersAndLegislatorsWithTheirCountry(@TempDir Path dir) throws IOException {
        String cabinet = """
                position,person,personID,start,end,gender,DOB,DOD,image,enwiki
                Secretary of State for the Home Department,Suella Braverman,Q19957769,2022-09-06,,female,,,,
                Secretary of State for Defence,Penny Mordaunt,Q580464,2019-05-01,2019-07-24,female,,,,
                Chancellor of the Exchequer,Nigel Lawson,Q333706,1983-06-11,1989-10-26,male,,,,
                Member of the 58th Parliament of the United Kingdom,Stephen Flynn,Q65031375,2019-12-12,,male,,,,
                """;
        Path extract = dir.resolve("officeholders.tsv");

        OfficeHolders.trim(null, null, null, "2019-2024", null,
                java.util.Map.of("United Kingdom", List.of(Files.writeString(dir.resolve("uk.csv"), cabinet))), extract);

        assertThat(OfficeHolders.read(extract)).containsExactlyInAnyOrder(
                new OfficeHolders.Term("Q19957769", "Suella Braverman", "Secretary of State for the Home Department, United Kingdom", "2022", ""),
                new OfficeHolders.Term("Q580464", "Penny Mordaunt", "Secretary of State for Defence, United Kingdom", "2019", "2019"),
                new OfficeHolders.Term("Q65031375", "Stephen Flynn", "Member of the 58th Parliament of the United Kingdom", "2019", ""));
    }

    @Test
    void shouldReadEveryPoliticiansCabinetExportInItsOwnColumnOrder(@TempDir Path dir) throws IOException {
        String cabinet = """
                id,name,position_id,position,label,start_date,end_date,ordinal
                Q60772,Ursula von der Leyen,Q60772-0c1f54f8,Q23016036,Federal Minister of Defence,2013-12-17,,0
                Q160902,Sigmar Gabriel,Q160902-74955f93,Q504272,Vice-Chancellor of Germany,2013-12-17,,0
                Q2516,Helmut Schmidt,Q2516-dad24758,Q1663929,Q1663929,1961-12-13,1965-12-14,0
                Q2492,Konrad Adenauer,q2492-A40BBFB6,Q4970706,Federal Chancellor of Germany,1949-09-15,1963-10-15,1
                """;
        Path extract = dir.resolve("officeholders.tsv");

        OfficeHolders.trim(null, null, null, "2019-2024", null,
                java.util.Map.of("Germany", List.of(Files.writeString(dir.resolve("cabinet.csv"), cabinet))), extract);

        // A position without an English label (given as its Q-id) and a term that ended before 1990 are left out.
        assertThat(OfficeHolders.read(extract)).containsExactlyInAnyOrder(
                new OfficeHolders.Term("Q60772", "Ursula von der Leyen", "Federal Minister of Defence, Germany", "2013", ""),
                new OfficeHolders.Term("Q160902", "Sigmar Gabriel", "Vice-Chancellor of Germany", "2013", ""));
    }

    @Test
    void shouldCountARunningTermOnlyWhenItsStartIsKnown() {
        assertThat(OfficeHolders.recent("2017", "")).isTrue();
        assertThat(OfficeHolders.recent("", "")).isFalse();
        assertThat(OfficeHolders.recent("1985", "1991")).isTrue();
        assertThat(OfficeHolders.recent("1974", "1976")).isFalse();
    }

    private static Path trim(Path dir) throws IOException {
        Path extract = dir.resolve("officeholders.tsv");
        OfficeHolders.trim(Files.writeString(dir.resolve("leaders.csv"), LEADERS), Files.writeString(dir.resolve("intl.csv"), INTERNATIONAL),
                Files.writeString(dir.resolve("ep.csv"), PARLIAMENT), "2019-2024", Files.writeString(dir.resolve("countries.json"), COUNTRIES), extract);
        return extract;
    }
}
