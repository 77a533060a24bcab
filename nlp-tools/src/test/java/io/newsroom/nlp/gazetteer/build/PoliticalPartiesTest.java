package io.newsroom.nlp.gazetteer.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parties extract keeps each EveryPolitician group's Wikidata id and English labels with its country, leaves out
 * "independent politician", and the gazetteer adds the names English news uses ("Labour", "SNP") as aliases.
 */
class PoliticalPartiesTest {

    static final String GROUPS = """
            {"labour": {"identifiers": [{"scheme": "wikidata", "identifier": "Q9630"}],
                        "other_names": [{"lang": "fr", "name": "Parti travailliste"}, {"lang": "en", "name": "Labour Party"},
                                        {"lang": "en-gb", "name": "Labour Party"}]},
             "green": {"identifiers": [{"scheme": "wikidata", "identifier": "Q9669"}],
                       "other_names": [{"lang": "en", "name": "Green Party of England and Wales"}, {"lang": "en-gb", "name": "Green Party"}]},
             "independent": {"identifiers": [{"scheme": "wikidata", "identifier": "Q327591"}],
                             "other_names": [{"lang": "en", "name": "independent politician"}]}}
            """;

    @Test
    void shouldKeepPartiesWithTheirEnglishLabelsAndCountry(@TempDir Path dir) throws IOException {
        Path extract = dir.resolve("parties.tsv");

        int n = PoliticalParties.trim(Map.of("United Kingdom", List.of(Files.writeString(dir.resolve("groups.json"), GROUPS))), extract);

        assertThat(n).isEqualTo(2);
        assertThat(PoliticalParties.read(extract)).containsExactly(
                new PoliticalParties.Party("Q9630", "Labour Party", "United Kingdom", List.of()),
                new PoliticalParties.Party("Q9669", "Green Party of England and Wales", "United Kingdom", List.of("Green Party")));
    }

    @Test
    void shouldWriteLinkOnlyPartiesWithTheNewsNames(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("parties.tsv.gz");

        new GazetteerBuilder().writeParties(List.of(new PoliticalParties.Party("Q9630", "Labour Party", "United Kingdom", List.of())),
                List.of(new PoliticalParties.Party("Q9630", "Labour Party", "United Kingdom", List.of()),
                        new PoliticalParties.Party("Q1", "Pheu Thai Party", "Thailand", List.of("PTP")),
                        new PoliticalParties.Party("Q2", "Solidarity", "Poland", List.of()),
                        new PoliticalParties.Party("Q3", "Democrat Party", "Thailand", List.of("B.P.")),
                        new PoliticalParties.Party("Q4", "National Trust Party", "Iran", List.of())),
                java.util.Set.of("solidarity", "democrat"), java.util.Set.of("national trust"), out);

        String text = new String(new GZIPInputStream(Files.newInputStream(out)).readAllBytes(), StandardCharsets.UTF_8);
        assertThat(text).as("the UK's once, from EveryPolitician; a word is no party's name; 'Party' may be left out")
                .isEqualTo("PARTY\tLabour Party\tQ9630\tpolitical party in United Kingdom\tLabour\n"
                        + "PARTY\tPheu Thai Party\tQ1\tpolitical party in Thailand\tPTP|Pheu Thai\n"
                        + "PARTY\tDemocrat Party\tQ3\tpolitical party in Thailand\t\n"
                        + "PARTY\tNational Trust Party\tQ4\tpolitical party in Iran\t\n");
    }
}
