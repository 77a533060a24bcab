package io.newsroom.nlp.gazetteer.build;

import io.newsroom.nlp.gazetteer.GazetteerKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The name-suggestion-index extract keeps each organisation's Wikidata id, English label and the Latin-script names
 * the index writes it by (brands and operators, not flags); the gazetteer keeps only the names that can mean that one
 * organisation, that are no ordinary word and that no other gazetteer holds.
 */
class NameSuggestionIndexTest {

    static final String NSI = """
            {"_meta": {}, "nsi": {
              "brands/amenity/bank": {"items": [
                {"displayName": "Deutsche Bank", "tags": {"brand": "Deutsche Bank", "brand:wikidata": "Q66048", "name": "Deutsche Bank"}},
                {"displayName": "HSBC", "tags": {"brand": "HSBC", "brand:wikidata": "Q190464"}},
                {"displayName": "HSBC (Taiwan)", "tags": {"brand": "HSBC", "brand:wikidata": "Q5635861"}},
                {"displayName": "Сбербанк", "tags": {"brand": "Сбербанк", "brand:en": "Sberbank", "brand:wikidata": "Q205012"}}]},
              "operators/amenity/police": {"items": [
                {"displayName": "North Yorkshire Police", "tags": {"operator": "North Yorkshire Police", "operator:wikidata": "Q4590862"}}]},
              "flags/man_made/flagpole": {"items": [
                {"displayName": "United Nations", "tags": {"flag:wikidata": "Q172446", "subject": "United Nations"}}]}
            }}
            """;

    static final String WIKIDATA = """
            {"_meta": {}, "wikidata": {
              "Q66048": {"label": "Deutsche Bank"}, "Q190464": {"label": "HSBC"}, "Q5635861": {"label": "HSBC Bank"},
              "Q205012": {"label": "Sberbank of Russia"}, "Q4590862": {"label": "North Yorkshire Police"},
              "Q172446": {"label": "flag of the United Nations"}}}
            """;

    @Test
    void shouldKeepEachOrganisationsLabelAndLatinNames(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("dist/json"));
        Files.createDirectories(dir.resolve("dist/wikidata"));
        Files.writeString(dir.resolve("dist/json/nsi.json"), NSI);
        Files.writeString(dir.resolve("dist/wikidata/wikidata.json"), WIKIDATA);
        Path extract = dir.resolve("operators.tsv");

        int n = NameSuggestionIndex.trim(dir, extract);

        assertThat(n).isEqualTo(5);
        assertThat(NameSuggestionIndex.read(extract)).containsExactly(
                new NameSuggestionIndex.Organisation("Q190464", "HSBC", List.of("HSBC")),
                new NameSuggestionIndex.Organisation("Q205012", "Sberbank of Russia", List.of("Sberbank of Russia", "Sberbank")),
                new NameSuggestionIndex.Organisation("Q4590862", "North Yorkshire Police", List.of("North Yorkshire Police")),
                new NameSuggestionIndex.Organisation("Q5635861", "HSBC Bank", List.of("HSBC Bank", "HSBC")),
                new NameSuggestionIndex.Organisation("Q66048", "Deutsche Bank", List.of("Deutsche Bank")));
    }

    @Test
    void shouldGiveASharedNameToTheOneItLabelsOnly() {
        List<String> lines = OperatorNames.lines(List.of(
                new NameSuggestionIndex.Organisation("Q190464", "HSBC", List.of("HSBC")),
                new NameSuggestionIndex.Organisation("Q5635861", "HSBC Bank", List.of("HSBC Bank", "HSBC")),
                new NameSuggestionIndex.Organisation("Q1", "Shell", List.of("Shell")),
                new NameSuggestionIndex.Organisation("Q2", "Shell", List.of("Shell"))), Set.of(), name -> false);

        assertThat(lines).containsExactly(
                GazetteerKind.OPERATOR + "\tHSBC\tQ190464\tname-suggestion-index\t",
                GazetteerKind.OPERATOR + "\tHSBC Bank\tQ5635861\tname-suggestion-index\t");
    }

    @Test
    void shouldLeaveOutOrdinaryWordsAndNamesOtherGazetteersHold() {
        List<String> lines = OperatorNames.lines(List.of(
                new NameSuggestionIndex.Organisation("Q3", "Banquet", List.of("Banquet")),
                new NameSuggestionIndex.Organisation("Q4", "Boots UK", List.of("Boots UK", "Boots")),
                new NameSuggestionIndex.Organisation("Q5", "Chelsea", List.of("Chelsea")),
                new NameSuggestionIndex.Organisation("Q6", "I'm", List.of("I'm")),
                new NameSuggestionIndex.Organisation("Q7", "Sainsbury's", List.of("Sainsbury's")),
                new NameSuggestionIndex.Organisation("Q8", "BP", List.of("BP", "B"))),
                Set.of("banquet", "boots"), "Chelsea"::equals);

        assertThat(lines).containsExactly(
                GazetteerKind.OPERATOR + "\tBoots UK\tQ4\tname-suggestion-index\t",
                GazetteerKind.OPERATOR + "\tSainsbury's\tQ7\tname-suggestion-index\t",
                GazetteerKind.OPERATOR + "\tBP\tQ8\tname-suggestion-index\t");
    }

    @Test
    void shouldCountAWordOrdinaryOnceWrittenInLowerCase(@TempDir Path dir) throws IOException {
        Path text = Files.writeString(dir.resolve("a.txt"), "Boots sold boots. Amazon grew; the banquet ended. EU NNP B-NP B-ORG");

        assertThat(OperatorNames.ordinaryWords(List.of(text))).contains("boots", "banquet", "sold").doesNotContain("amazon", "eu");
    }
}
