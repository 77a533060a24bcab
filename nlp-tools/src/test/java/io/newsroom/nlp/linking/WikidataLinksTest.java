package io.newsroom.nlp.linking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.nlp.analysis.Analysis;
import io.newsroom.nlp.analysis.Entity;
import io.newsroom.nlp.NewsTagger;
import io.newsroom.nlp.gazetteer.Gazetteer;
import io.newsroom.nlp.gazetteer.build.GazetteerBuilder;
import io.newsroom.nlp.gazetteer.GazetteerEntry;
import io.newsroom.nlp.gazetteer.GazetteerKind;
import io.newsroom.nlp.gazetteer.build.NaturalEarthMapUnits;
import io.newsroom.nlp.gazetteer.build.NaturalEarthPlaces;
import io.newsroom.nlp.gazetteer.build.OfficeHolders;
import io.newsroom.nlp.text.TextKeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wikidata links for capitals and large cities (Natural Earth), for leaders spelled the English way, for former leaders
 * and UN office-holders (the Wikidata office-holders extract), and for the names English news gives countries, with the
 * committed gazetteers. Expected ids are read from the sources, not typed in.
 */
class WikidataLinksTest {

    private static NewsTagger tagger;
    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        tagger = NewsTagger.loadDefault();
        gazetteer = Gazetteer.loadDefault();
    }

    private static String naturalEarthId(String name) throws IOException {
        return NaturalEarthPlaces.read(Path.of("gazetteer-sources").resolve(GazetteerBuilder.NATURAL_EARTH_EXTRACT))
                .stream().filter(p -> p.names().contains(name)).findFirst().orElseThrow().wikidataId();
    }

    private static String mapUnitId(String name) throws IOException {
        return NaturalEarthMapUnits.read(Path.of("gazetteer-sources").resolve(GazetteerBuilder.NATURAL_EARTH_MAP_UNITS_EXTRACT))
                .stream().filter(u -> u.names().contains(name)).findFirst().orElseThrow().wikidataId();
    }

    private static String officeHolderId(String name) throws IOException {
        return OfficeHolders.read(Path.of("gazetteer-sources").resolve(GazetteerBuilder.OFFICE_HOLDERS_EXTRACT))
                .stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().wikidataId();
    }

    private static Entity entity(Analysis a, String name) {
        return a.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + a.entities().stream().map(Entity::name).toList()));
    }

    @Test
    void shouldLinkTheCapitalInTheKazakhstanSample() throws IOException {
        JsonNode sample = new ObjectMapper().readTree(Path.of("../samples/04-kazakhstan-diplomacy.json").toFile());

        Analysis a = tagger.analyze(sample.path("headline").asText(), sample.path("body").asText());

        Entity astana = entity(a, "Astana");
        assertThat(astana.type()).isEqualTo("LOCATION");
        assertThat(astana.wikidataId()).isEqualTo(naturalEarthId("Astana"));
        assertThat(astana.key()).isEqualTo("wikidata:" + astana.wikidataId());
    }

    @Test
    void shouldLinkLargeCitiesEvenInAnAllCapsDateline() throws IOException {
        Analysis a = tagger.analyze("Banks meet", "FRANKFURT (Reuters) - Bankers met in Frankfurt and Brussels on Monday.");

        assertThat(a.entities()).filteredOn(e -> "LOCATION".equals(e.type()))
                .extracting(Entity::wikidataId).contains(naturalEarthId("Frankfurt"), naturalEarthId("Brussels"));
    }

    @Test
    void shouldLinkTheTownInTheStormSampleToTheEnglishYork() throws IOException {
        JsonNode sample = new ObjectMapper().readTree(Path.of("../samples/05-storm-flooding.json").toFile());

        Analysis a = tagger.analyze(sample.path("headline").asText(), sample.path("body").asText());

        // Natural Earth has a York in England and a larger one in Pennsylvania: the sample names England.
        assertThat(entity(a, "York").wikidataId()).isEqualTo(townId("York", "United Kingdom"));
        Analysis american = tagger.analyze("Storm hits Pennsylvania", "Rescue teams evacuated homes in York as the storm crossed the United States.");
        assertThat(entity(american, "York").wikidataId()).isEqualTo(townId("York", "United States of America"));
    }

    private static String townId(String name, String country) throws IOException {
        return NaturalEarthPlaces.read(Path.of("gazetteer-sources").resolve(GazetteerBuilder.NATURAL_EARTH_TOWNS_EXTRACT)).stream()
                .filter(p -> p.names().contains(name) && p.country().equals(country)).findFirst().orElseThrow().wikidataId();
    }

    @Test
    void shouldLinkALeaderWrittenWithTheEnglishTransliteration() {
        GazetteerEntry leader = gazetteer.lookup("Serdar Berdimuhamedow").get(0);

        Analysis a = tagger.analyze("Leaders meet in Astana",
                "Turkmen President Serdar Berdimuhamedov arrived in Astana on Wednesday for talks with his Kazakh counterpart.");

        Entity serdar = a.entities().stream().filter(e -> e.name().contains("Berdimuhamed")).findFirst().orElseThrow();
        assertThat(serdar.type()).isEqualTo("PERSON");
        assertThat(serdar.wikidataId()).isNotNull().isEqualTo(leader.wikidataId());
    }

    @Test
    void shouldLinkCitiesWithoutAddingNerFeatures() {
        // "Bruxelles-Brussel" is only in the Natural Earth cities file: it links, but the NER model never sees it.
        assertThat(gazetteer.lookup("Bruxelles-Brussel")).extracting(GazetteerEntry::wikidataId).isNotEmpty().doesNotContainNull();
        assertThat(gazetteer.kindMask(TextKeys.tokenKey("Bruxelles-Brussel"))).isZero();
    }

    @Test
    void shouldLinkFormerLeadersAndUnOfficeHoldersKeepingTheArticlesSpelling() throws IOException {
        Analysis a = tagger.analyze("Guterres meets former leaders",
                "UN Secretary-General Antonio Guterres met former Kazakh President Nursultan Nazarbayev in Astana. "
                        + "Mr Mints worked under former Russian President Boris Yeltsin in the 1990s.");

        assertThat(entity(a, "Nursultan Nazarbayev").wikidataId()).isEqualTo(officeHolderId("Nursultan Nazarbayev"));
        assertThat(a.entities()).filteredOn(e -> e.name().contains("Guterres")).singleElement()
                .extracting(Entity::wikidataId).isEqualTo(officeHolderId("António Guterres"));
        // Wikidata's export names him in Portuguese ("Boris Iéltsin"): the entity keeps the article's spelling
        assertThat(entity(a, "Boris Yeltsin").wikidataId()).isEqualTo(officeHolderId("Boris Iéltsin"));
    }

    @Test
    void shouldLinkABareSurnameToTheLeaderOfTheCountryTheArticleNames() {
        String argentina = gazetteer.lookup("Alberto Fernández").get(0).wikidataId();

        Analysis named = tagger.analyze("Argentina seeks IMF deal",
                "Argentina's government wants a new loan. President Fernández said talks would resume on Monday.");
        Analysis unnamed = tagger.analyze("Talks resume", "President Fernández said talks would resume on Monday.");

        assertThat(named.entities()).filteredOn(e -> e.name().contains("Fernández")).singleElement()
                .extracting(Entity::wikidataId).isEqualTo(argentina);
        assertThat(entity(unnamed, "Fernández").wikidataId()).as("two leaders are called Fernández").isNull();
    }

    @Test
    void shouldLinkBritainAndTurkeyToTheirCountries() {
        String uk = gazetteer.lookup("United Kingdom of Great Britain and Northern Ireland").get(0).wikidataId();
        String turkey = gazetteer.lookup("Republic of Türkiye").get(0).wikidataId();

        Analysis a = tagger.analyze("Britain and Turkey sign trade deal", "Britain and Turkey signed a trade deal in Ankara.");

        assertThat(uk).isNotNull();
        assertThat(turkey).as("the leaders' table names it Turkey: the alias gives Türkiye its id").isNotNull();
        assertThat(a.entities()).filteredOn(e -> e.wikidataId() != null).extracting(Entity::wikidataId).contains(uk, turkey);
    }

    @Test
    void shouldLinkTheFourNationsOfTheUnitedKingdomWithoutAddingNerFeatures() throws IOException {
        Analysis a = tagger.analyze("Storm hits England and Wales",
                "Flood warnings were issued across England, Wales, Scotland and Northern Ireland on Monday.");

        assertThat(a.entities()).filteredOn(e -> "LOCATION".equals(e.type())).extracting(Entity::wikidataId)
                .contains(mapUnitId("England"), mapUnitId("Wales"), mapUnitId("Scotland"), mapUnitId("Northern Ireland"));
        assertThat(entity(a, "England").key()).isEqualTo("wikidata:" + mapUnitId("England"));
        // link-only, like the cities: the NER model sees England as the GeoNames region it was trained with, never as a country
        assertThat(gazetteer.kindMask(TextKeys.tokenKey("England")) & (1 << GazetteerKind.COUNTRY.ordinal())).isZero();
    }
}
