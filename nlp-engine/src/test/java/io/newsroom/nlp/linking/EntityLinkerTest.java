package io.newsroom.nlp.linking;

import io.newsroom.nlp.gazetteer.Gazetteer;
import io.newsroom.nlp.gazetteer.GazetteerEntry;
import org.junit.jupiter.api.BeforeAll;
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
 * Parties link only from an ORGANIZATION span in an article that names their country (or one of its nations or
 * cities); companies, public bodies and football clubs only from an ORGANIZATION span (companies by their exact name); national ministers and MPs need their country named too; a name several office-holders share links to the
 * head of government among them, else to nobody; a town of Natural Earth's finest scale only in an article that names its
 * country by another name. The gazetteer here is written by the test, in the committed format.
 */
class EntityLinkerTest {

    @TempDir
    static Path dir;
    static EntityLinker linker;

    @BeforeAll
    static void gazetteer() throws IOException {
        gz("countries.tsv.gz", "COUNTRY\tUnited Kingdom\tQ145\tGB\tUK|Britain\nCOUNTRY\tNew Zealand\tQ664\tNZ\t\n"
                + "COUNTRY\tUnited States\tQ30\tUS\tUSA|US\nCOUNTRY\tGermany\tQ183\tDE\t\n"
                + "DEMONYM\tBritish\t\tUnited Kingdom\tBriton|Britons\n");
        gz(Gazetteer.MAP_UNIT_LINKS_FILE, "COUNTRY\tWales\tQ25\tpart of United Kingdom\t\n");
        gz(Gazetteer.CITY_LINKS_FILE, "CITY\tBirmingham\tQ2256\tcity in United Kingdom\t\nCITY\tLiverpool\tQ24826\tcity in United Kingdom\t\n"
                + "CITY\tYork\tQ42462\ttown in United Kingdom\t\nCITY\tYork\tQ821105\ttown in United States\t\n"
                + "CITY\tMünster\tQ2742\ttown in Germany\tMunster\nCITY\tGalway\tQ7\tcity in Ireland\t\n");
        gz(Gazetteer.PARTIES_FILE, "PARTY\tLabour Party\tQ9630\tpolitical party in United Kingdom\tLabour\n");
        gz(Gazetteer.OPERATORS_FILE, "OPERATOR\tNational Health Service\tQ918396\tname-suggestion-index\tNHS\n"
                + "OPERATOR\tBCC\tQ2375758\tname-suggestion-index\t\n");
        gz(Gazetteer.WATERS_FILE, "WATER\tMediterranean Sea\tQ4918\tsea\tMediterranean\nWATER\tNorth Sea\tQ1693\tsea\t\n");
        gz(Gazetteer.CLUBS_FILE, "CLUB\tArsenal\tQ9617\tfootball club, English league system\tArsenal F.C.\n"
                + "CLUB\tLiverpool\tQ1130849\tfootball club, English league system\tLiverpool F.C.\n"
                + "CLUB\tGalway United\tQ16783238\tfootball club\tGalway\nCLUB\tMetta\tQ1576467\tfootball club\tFK Metta\n");
        gz(Gazetteer.INSTITUTIONS_FILE, "INSTITUTION\tUnited States Senate\tQ66096\tupper house in United States\tSenate|U.S. Senate\n"
                + "INSTITUTION\tUnited States Department of State\tQ789915\tthe US foreign ministry\tState Department\n");
        gz(Gazetteer.CITIES_FILE, "CITY\tnorth sea\n"); // GeoNames: a town of that name, no Wikidata id
        gz(Gazetteer.OFFICE_HOLDERS_FILE, String.join("\n",
                "PERSON\tSuella Braverman\tQ19957769\tSecretary of State for the Home Department, United Kingdom\t",
                "PERSON\tMick Antoniw\tQ6838044\tCounsel General for Wales, Wales\t",
                "PERSON\tHelen Clark\tQ1\thead of government of New Zealand\t",
                "PERSON\tHelen Clark\tQ2\tMember of the 52nd Parliament of the United Kingdom\t",
                "PERSON\tGareth Thomas\tQ3\tMember of the 55th Parliament of the United Kingdom\t",
                "PERSON\tGareth Thomas\tQ4\tMember of the 54th Parliament of the United Kingdom\t",
                "PERSON\tGreg Smith\tQ5\tMember of the 58th Parliament of the United Kingdom\t",
                "PERSON\tGreg Smith\tQ6\tAttorney-General, New Zealand\t",
                "PERSON\tMatamela Cyril Ramaphosa\tQ1148669\thead of state of South Africa\t",
                "PERSON\tSarah Jane Whitlow\tQ8\tMember of the 58th Parliament of the United Kingdom\t", ""));
        linker = new EntityLinker(Gazetteer.load(dir));
    }

    @Test
    void shouldLinkLabourOnlyInAnArticleThatNamesTheUnitedKingdomOrAPlaceInIt() {
        assertThat(id(linker.link("Labour", "ORGANIZATION", false, "Labour won the vote in Birmingham."))).isEqualTo("Q9630");
        assertThat(id(linker.link("Labour Party", "ORGANIZATION", false, "The UK Labour Party met."))).isEqualTo("Q9630");
        assertThat(linker.link("Labour", "ORGANIZATION", false, "Labour won the vote in Wellington.")).isNull();
        assertThat(linker.link("Labour", "ORGANIZATION", false, "Labour won in Ukraine.")).as("UK inside a word is no evidence").isNull();
    }

    @Test
    void shouldLinkACountrysInstitutionOnlyWhereTheArticleIsAboutThatCountry() {
        assertThat(id(linker.link("Senate", "ORGANIZATION", false, "The Senate voted in Washington, the USA's capital.")))
                .isEqualTo("Q66096");
        assertThat(linker.link("Senate", "ORGANIZATION", false, "Germany's Senate met; the US and Germany and the Germans agreed."))
                .as("another country named more").isNull();
        assertThat(id(linker.link("U.S. Senate", "ORGANIZATION", false, "Germany and the Germans watched the U.S. Senate.")))
                .as("written with its country").isEqualTo("Q66096");
        assertThat(linker.link("Senate", "ORGANIZATION", false, "The Senate met.")).as("no country named").isNull();
        assertThat(id(linker.link("State Department", "ORGANIZATION", false, "The State Department spoke in Berlin.")))
                .isEqualTo("Q789915");
        assertThat(linker.link("Senate", "LOCATION", false, "The Senate voted in the USA.")).as("not a place").isNull();
    }

    @Test
    void shouldLinkALeaderNamedWithoutOneOfTheGivenNamesButNoOtherOfficeHolder() {
        String text = "Cyril Ramaphosa and Sarah Whitlow spoke in Birmingham about the UK election.";
        assertThat(id(linker.link("Cyril Ramaphosa", "PERSON", false, text))).isEqualTo("Q1148669");
        assertThat(id(linker.link("Matamela Ramaphosa", "PERSON", false, text))).isEqualTo("Q1148669");
        assertThat(linker.link("John Ramaphosa", "PERSON", false, text)).as("another given name").isNull();
        assertThat(linker.link("Cyril Matamela Ramaphosa", "PERSON", false, text)).as("the given names out of order").isNull();
        assertThat(linker.link("Sarah Whitlow", "PERSON", false, text)).as("a member of parliament, no leader").isNull();
    }

    @Test
    void shouldLinkAPartyOfTheCountryTheArticleNamesMostAmongNamesakes() {
        EntityLinker real = new EntityLinker(Gazetteer.loadDefault());
        assertThat(id(real.link("Labour Party", "ORGANIZATION", false,
                "Nigeria's Labour Party candidate Peter Obi won Lagos, Nigerian officials said."))).isEqualTo("Q6467449");
        assertThat(id(real.link("Conservative Party", "ORGANIZATION", false,
                "The Conservative Party held the seat in England after David Warburton resigned.")))
                .as("David, a Panamanian city, is a first name before it is evidence for Panama").isEqualTo("Q9626");
        assertThat(real.link("PC", "ORGANIZATION", false, "PC sales rose in Canada.")).as("two letters fit too many parties").isNull();
    }

    @Test
    void shouldLinkUsStatesAndContinentsButLeaveSharedNamesToTheCapitalTheCityAndTheCountry() {
        EntityLinker real = new EntityLinker(Gazetteer.loadDefault());
        String text = "Officials in Arizona and Washington said.";
        assertThat(id(real.link("Arizona", "LOCATION", false, text))).isEqualTo("Q816");
        assertThat(id(real.link("West Virginia", "LOCATION", false, text))).isEqualTo("Q1371");
        assertThat(id(real.link("North America", "LOCATION", false, text))).isEqualTo("Q49");
        // Shared names: the capital district, the city and the country, never the state.
        assertThat(id(real.link("Washington", "LOCATION", false, text))).isEqualTo("Q61");
        assertThat(id(real.link("New York", "LOCATION", false, text))).isEqualTo("Q60");
        assertThat(id(real.link("Georgia", "LOCATION", false, text))).isEqualTo("Q230");
        // A person named like a state is no place.
        assertThat(id(real.link("Virginia", "PERSON", false, text))).isNull();
    }

    @Test
    void shouldLinkASeaFromALocationSpanOnlyByItsNameOrItsNewsName() {
        assertThat(id(linker.link("Mediterranean", "LOCATION", false, "Boats crossed the Mediterranean."))).isEqualTo("Q4918");
        assertThat(id(linker.link("Mediterranean Sea", "LOCATION", false, "x"))).isEqualTo("Q4918");
        assertThat(id(linker.link("North Sea", "LOCATION", false, "Gas from the North Sea."))).as("before the unlinked town")
                .isEqualTo("Q1693");
        assertThat(linker.link("Mediterranean", "ORGANIZATION", false, "Mediterranean Shipping Company")).isNull();
        assertThat(linker.link("North Sea", "PERSON", false, "x")).isNull();
    }

    @Test
    void shouldLinkAClubFromAnOrganizationSpanInAFootballStoryAndTheCityOfTheSameNameFromALocationSpan() {
        assertThat(id(linker.link("Arsenal", "ORGANIZATION", false, "Arsenal beat Bayern Munich in the Champions League.")))
                .isEqualTo("Q9617");
        assertThat(id(linker.link("Liverpool", "ORGANIZATION", false, "The striker scored twice as Liverpool won 2-0.")))
                .isEqualTo("Q1130849");
        assertThat(linker.link("Liverpool", "ORGANIZATION", false, "Liverpool approved the budget for its schools."))
                .as("a council, not the club").isNull();
        assertThat(linker.link("Liverpool", "ORGANIZATION", false, "The Rugby Football Union said Liverpool won."))
                .as("no football").isNull();
        assertThat(linker.link("Liverpool", "ORGANIZATION", false, "A rugby and football weekend: Liverpool won."))
                .as("a town's name beside another sport").isNull();
        assertThat(id(linker.link("Arsenal", "ORGANIZATION", false, "A rugby and football weekend: Arsenal won.")))
                .as("no town's name").isEqualTo("Q9617");
        assertThat(id(linker.link("Liverpool", "LOCATION", false, "Floods in Liverpool, a football city."))).isEqualTo("Q24826");
        assertThat(linker.link("Arsenal", "PERSON", false, "x")).isNull();
        assertThat(linker.link("Arsenal", "LOCATION", false, "x")).isNull();
        assertThat(linker.link("Galway", "ORGANIZATION", false, "Galway's Moycullen play in the All-Ireland football semi-final."))
                .as("Gaelic football: the county, not the club").isNull();
        assertThat(id(linker.link("Galway", "ORGANIZATION", false, "Galway won the football league match 2-0.")))
                .isEqualTo("Q16783238");
        assertThat(id(linker.link("Metta", "ORGANIZATION", false, "The football club Metta won."))).isEqualTo("Q1576467");
        assertThat(linker.link("Meta", "ORGANIZATION", false, "Meta sponsors the football league."))
                .as("a club links only as written, not by a folded spelling").isNull();
    }

    @Test
    void shouldLinkACompanyOrPublicBodyFromAnOrganizationSpanByItsExactName() {
        assertThat(id(linker.link("NHS", "ORGANIZATION", false, "The NHS is under strain."))).isEqualTo("Q918396");
        assertThat(id(linker.link("National Health Service", "ORGANIZATION", false, "x"))).isEqualTo("Q918396");
        assertThat(linker.link("NHS", "LOCATION", false, "The NHS is under strain.")).isNull();
        assertThat(linker.link("NHS", "PERSON", false, "The NHS is under strain.")).isNull();
        assertThat(linker.link("BBC", "ORGANIZATION", false, "The BBC reported.")).as("never by a folded spelling").isNull();
    }

    @Test
    void shouldNotLinkAPartyFromASpanTaggedOtherThanOrganization() {
        assertThat(linker.link("Labour", "PERSON", false, "Labour won the vote in Britain.")).isNull();
        assertThat(linker.link("Labour", "LOCATION", false, "Labour won the vote in Britain.")).isNull();
    }

    @Test
    void shouldLinkANationalMinisterOnlyWhenTheArticleNamesTheirCountry() {
        assertThat(id(linker.link("Suella Braverman", "PERSON", false, "Suella Braverman spoke in Britain as home secretary."))).isEqualTo("Q19957769");
        assertThat(id(linker.link("Mick Antoniw", "PERSON", false, "Mick Antoniw MS spoke in Wales."))).isEqualTo("Q6838044");
        assertThat(linker.link("Suella Braverman", "PERSON", false, "Suella Braverman spoke as home secretary.")).isNull();
    }

    @Test
    void shouldLinkTheOneOfSeveralNamesakesWhoseCountryTheArticleNames() {
        assertThat(id(linker.link("Greg Smith", "PERSON", false, "The Tory MP for Buckingham in Britain, Greg Smith, said so.")))
                .isEqualTo("Q5");
        assertThat(id(linker.link("Greg Smith", "PERSON", false, "New Zealand's Attorney-General Greg Smith told parliament.")))
                .isEqualTo("Q6");
        assertThat(linker.link("Gareth Thomas", "PERSON", false, "The MP Gareth Thomas spoke in Britain.")).as("two of one country")
                .isNull();
    }

    @Test
    void shouldLinkANationalPoliticianOnlyInAnArticleThatSpeaksOfPolitics() {
        // A darts report from Minehead names the United Kingdom's places too; its Jeff Smith is not the MP.
        assertThat(linker.link("Suella Braverman", "PERSON", false, "Suella Braverman hit a nine-darter in Minehead, Britain.")).isNull();
        assertThat(id(linker.link("Suella Braverman", "PERSON", false, "Suella Braverman told the Commons in Britain."))).isEqualTo("Q19957769");
        assertThat(id(linker.link("Suella Braverman", "PERSON", false, "The Tory MP Suella Braverman spoke in Britain."))).isEqualTo("Q19957769");
    }

    @Test
    void shouldTakeACountrysPeopleOrAnOfficesTitleAsEvidenceForANationalPolitician() {
        assertThat(id(linker.link("Suella Braverman", "PERSON", false, "The British government's Suella Braverman spoke.")))
                .as("the country's people named, and politics").isEqualTo("Q19957769");
        assertThat(linker.link("Suella Braverman", "PERSON", false, "Suella Braverman, a British darts player, hit a nine-darter."))
                .as("the country's people, but no politics").isNull();
        assertThat(id(linker.link("Suella Braverman", "PERSON", false, "Home Secretary Suella Braverman spoke on Monday.")))
                .as("the whole name right after an office's title").isEqualTo("Q19957769");
        assertThat(linker.link("Suella Braverman", "PERSON", false, "Suella Braverman, the club secretary, spoke on Monday."))
                .as("a title after the name is no office of hers").isNull();
    }

    @Test
    void shouldLinkASharedNameToTheHeadOfGovernmentAmongThemElseToNobody() {
        assertThat(id(linker.link("Helen Clark", "PERSON", false, "Helen Clark spoke in Britain."))).isEqualTo("Q1");
        assertThat(linker.link("Gareth Thomas", "PERSON", false, "Gareth Thomas spoke in Britain.")).isNull();
    }

    @Test
    void shouldLinkATownOnlyToTheOneWhoseCountryTheArticleNamesByAnotherName() {
        assertThat(id(linker.link("York", "LOCATION", false, "Flooding in York and across the UK."))).isEqualTo("Q42462");
        assertThat(id(linker.link("York", "LOCATION", false, "York, in the USA, voted."))).isEqualTo("Q821105");
        assertThat(linker.link("York", "LOCATION", false, "Flooding in York.")).as("the town's own name is no evidence").isNull();
        assertThat(linker.link("York", "LOCATION", false, "From York, UK to York in the USA.")).as("both named").isNull();
        assertThat(linker.link("Munster", "LOCATION", false, "Munster beat Leinster in Limerick.")).isNull();
        assertThat(id(linker.link("Münster", "LOCATION", false, "Münster is a university town in Germany."))).isEqualTo("Q2742");
        assertThat(id(linker.link("Birmingham", "LOCATION", false, "Birmingham"))).as("a city needs no evidence").isEqualTo("Q2256");
        assertThat(id(linker.link("York", "LOCATION", false, "It docked at the British port of York."))).as("its people's word before it")
                .isEqualTo("Q42462");
        assertThat(linker.link("York", "LOCATION", false, "A British view. Hours later, far from the coast, and the sea, ships "
                + "docked at York.")).as("its people's word far from it").isNull();
    }

    private static String id(GazetteerEntry e) {
        return e == null ? null : e.wikidataId();
    }

    private static void gz(String file, String content) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(file)))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
    }
}
