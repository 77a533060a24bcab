package io.newsroom.nlp.hygiene;

import io.newsroom.nlp.analysis.Mention;
import io.newsroom.nlp.gazetteer.Gazetteer;
import io.newsroom.nlp.linking.RawMention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Each repair on the recogniser's mistakes as the trial pages showed them, and what each must leave alone.
 */
class MentionRepairTest {

    /** Words news writes in lower case, standing in for the cased word classes. */
    private static final Set<String> WORDS = Set.of("minimum", "service", "level", "agreements", "business", "school", "rights");

    private static MentionRepair repair;

    @BeforeAll
    static void load() {
        repair = new MentionRepair(Gazetteer.loadDefault(), w -> WORDS.contains(w.toLowerCase(java.util.Locale.ROOT)));
    }

    private static RawMention body(String text, String span, String type, double confidence) {
        return Mentions.body(text, span, type, confidence);
    }

    private static List<RawMention> apply(String text, RawMention... mentions) {
        return repair.apply(List.of(mentions), "", text);
    }

    @Test
    void shouldTypeAnUnknownNameBeforeProgrammeAProgrammeButNotAKnownBodys() {
        String text = "Under its Global Gateway programme and the IMF programme, Brussels pays.";
        assertThat(apply(text, body(text, "Global Gateway", "ORGANIZATION", 0.9), body(text, "IMF", "ORGANIZATION", 0.9)))
                .extracting(RawMention::text, RawMention::type)
                .containsExactly(tuple("Global Gateway", "MISC"), tuple("IMF", "ORGANIZATION"));
    }

    @Test
    void shouldTypeACitysNameAfterInOrVisitThePlaceNotAfterOtherWords() {
        String text = "She was invited to visit Astana after the season. Chelsea beat Arsenal.";
        assertThat(apply(text, body(text, "Astana", "ORGANIZATION", 0.9), body(text, "Chelsea", "ORGANIZATION", 0.9)))
                .extracting(RawMention::text, RawMention::type)
                .containsExactly(tuple("Astana", "LOCATION"), tuple("Chelsea", "ORGANIZATION"));
    }

    @Test
    void shouldTypeACityTypedAnOrganisationThePlaceOutsideSportOnly() {
        String fires = "Airlines added flights to Calgary and Edmonton, and Ottawa would provide whatever support was needed.";
        assertThat(apply(fires, body(fires, "Edmonton", "ORGANIZATION", 0.9), body(fires, "Ottawa", "ORGANIZATION", 0.9)))
                .extracting(RawMention::type).containsExactly("LOCATION", "LOCATION");
        String hockey = "Belfast Giants beat Glasgow 5-4 in the Elite League as Edmonton looked on.";
        assertThat(apply(hockey, body(hockey, "Edmonton", "ORGANIZATION", 0.9)))
                .extracting(RawMention::type).containsExactly("ORGANIZATION");
    }

    @Test
    void shouldKeepOnlyThePersonAfterAMinistersPortfolio() {
        String text = "It was signed by Iran's Minister of Roads and Urban Development Mehrdad Bazrpash on Friday.";
        MentionRepair withDevelopment = new MentionRepair(Gazetteer.loadDefault(),
                w -> WORDS.contains(w.toLowerCase(java.util.Locale.ROOT)) || w.equalsIgnoreCase("development"));
        assertThat(withDevelopment.apply(List.of(body(text, "Roads and Urban Development Mehrdad Bazrpash", "ORGANIZATION", 0.9)), "", text))
                .extracting(RawMention::text, RawMention::type).containsExactly(tuple("Mehrdad Bazrpash", "PERSON"));
        String noName = "He is the Minister of Minimum Service Level Agreements now.";
        assertThat(apply(noName, body(noName, "Minimum Service Level Agreements", "ORGANIZATION", 0.9)))
                .as("a portfolio without its holder names no body").isEmpty();
    }

    @Test
    void shouldTakeTheRegionWordIntoADemonym() {
        String text = "Central Asian leaders have long argued for it.";
        assertThat(apply(text, body(text, "Asian", "MISC", 0.9)))
                .extracting(RawMention::text, RawMention::start).containsExactly(tuple("Central Asian", 0));
        String lower = "Some central Asian leaders agree.";
        assertThat(apply(lower, body(lower, "Asian", "MISC", 0.9))).extracting(RawMention::text).containsExactly("Asian");
    }

    @Test
    void shouldTakeAPlaceWordAndItsParticleIntoThePlacesNameButNotBeforeAPerson() {
        String text = "They climbed the Col du Galibier, the Col d'\u00c8ze and the Plateau de Beille to the Piazza del Plebiscito. "
                + "Val Kilmer watched.";
        List<RawMention> out = apply(text, body(text, "Col", "LOCATION", 0.9), body(text, "du Galibier", "PERSON", 0.8),
                new RawMention(Mention.BODY_TEXT, text.indexOf("Col d'"), text.indexOf("Col d'") + 3, "Col", List.of("Col"),
                        "LOCATION", 0.9, false), body(text, "Plateau de Beille", "ORGANIZATION", 0.7),
                body(text, "Piazza", "ORGANIZATION", 0.6), body(text, "Plebiscito", "ORGANIZATION", 0.6),
                body(text, "Kilmer", "PERSON", 0.9));
        assertThat(out).extracting(RawMention::text, RawMention::type).containsExactly(
                tuple("Col du Galibier", "LOCATION"), tuple("Col d'\u00c8ze", "LOCATION"), tuple("Plateau de Beille", "LOCATION"),
                tuple("Piazza del Plebiscito", "LOCATION"), tuple("Kilmer", "PERSON"));
    }

    @Test
    void shouldTakeTheFlagsCountryAndABuiltPlacesHeadNoun() {
        String text = "The Singapore-flagged Dali left the Seagirt Marine Terminal for the Union Buildings.";
        assertThat(apply(text, body(text, "Singapore-flagged", "MISC", 0.9), body(text, "Seagirt Marine Terminal", "ORGANIZATION", 0.9),
                body(text, "Union Buildings", "ORGANIZATION", 0.9)))
                .extracting(RawMention::text, RawMention::type).containsExactly(tuple("Singapore", "LOCATION"),
                        tuple("Seagirt Marine Terminal", "LOCATION"), tuple("Union Buildings", "LOCATION"));
    }

    @Test
    void shouldSplitACompoundOfNamesTheArticleWritesAloneButNotAnArabicNamesParticle() {
        String text = "Sabah said the ANC and EFF met Al Gore. Prabowo Subianto and Gibran Rakabuming Raka won; the Prabowo-Gibran "
                + "ticket beat an ANC-EFF pact at the Al-Sabah palace.";
        assertThat(apply(text, body(text, "Sabah", "PERSON", 0.9), body(text, "ANC", "ORGANIZATION", 0.9), body(text, "EFF", "ORGANIZATION", 0.9),
                body(text, "Al Gore", "PERSON", 0.9), body(text, "Prabowo Subianto", "PERSON", 0.9), body(text, "Gibran Rakabuming Raka", "PERSON", 0.9),
                body(text, "Prabowo-Gibran", "MISC", 0.6), body(text, "ANC-EFF", "ORGANIZATION", 0.6), body(text, "Al-Sabah", "PERSON", 0.9)))
                .extracting(RawMention::text, RawMention::type).contains(tuple("Prabowo", "PERSON"), tuple("Gibran", "PERSON"),
                        tuple("Al-Sabah", "PERSON"))
                .doesNotContain(tuple("Prabowo-Gibran", "MISC"), tuple("ANC-EFF", "ORGANIZATION"), tuple("Al", "PERSON"));
    }

    @Test
    void shouldTypeASeatOfPowerNamedForThePowerAnOrganisation() {
        String text = "The Kremlin said Akorda and the White House agreed at the Kremlin Palace.";
        assertThat(apply(text, body(text, "Kremlin", "LOCATION", 0.9), body(text, "Akorda", "PERSON", 0.6), body(text, "White House", "LOCATION", 0.9),
                body(text, "Kremlin Palace", "LOCATION", 0.9)))
                .extracting(RawMention::text, RawMention::type).containsExactly(tuple("Kremlin", "ORGANIZATION"),
                        tuple("Akorda", "ORGANIZATION"), tuple("White House", "ORGANIZATION"), tuple("Kremlin Palace", "LOCATION"));
    }

    @Test
    void shouldTypeANameJoinedToAPersonsByAndAPersonsUnlessABodysHeadMakesItABody() {
        String text = "The pair of Anies Baswedan and Muhaimin Iskandar came second; Hasyim Asyari and Electoral Commission staff counted.";
        assertThat(apply(text, body(text, "Anies Baswedan", "ORGANIZATION", 0.6), body(text, "Muhaimin Iskandar", "PERSON", 0.9),
                body(text, "Hasyim Asyari", "PERSON", 0.9), body(text, "Electoral Commission", "ORGANIZATION", 0.9)))
                .extracting(RawMention::text, RawMention::type).containsExactly(tuple("Anies Baswedan", "PERSON"),
                        tuple("Muhaimin Iskandar", "PERSON"), tuple("Hasyim Asyari", "PERSON"), tuple("Electoral Commission", "ORGANIZATION"));
    }

    @Test
    void shouldGiveThePortfolioToTheTitleAndKeepTheCountryAPlace() {
        String text = "U.S. Treasury Secretary Janet Yellen met the Treasury Committee and the Justice Department.";
        assertThat(apply(text, body(text, "U.S. Treasury", "ORGANIZATION", 0.9), body(text, "Janet Yellen", "PERSON", 0.9),
                body(text, "Treasury Committee", "ORGANIZATION", 0.9), body(text, "Justice Department", "ORGANIZATION", 0.9)))
                .extracting(RawMention::text, RawMention::type).containsExactly(tuple("U.S.", "LOCATION"), tuple("Janet Yellen", "PERSON"),
                        tuple("Treasury Committee", "ORGANIZATION"), tuple("Justice Department", "ORGANIZATION"));
    }

    @Test
    void shouldTypeOperationsAndLanguagesMiscAndEndANameBeforeABracketItLeftOpen() {
        String text = "Operation Claw-Sword began; he spoke in Mandarin to the Muslim Brotherhood and the CPN (Unified Socialist.";
        assertThat(apply(text, body(text, "Operation Claw-Sword", "PERSON", 0.6), body(text, "Mandarin", "LOCATION", 0.6),
                body(text, "Muslim Brotherhood", "MISC", 0.6), new RawMention(Mention.BODY_TEXT, text.indexOf("CPN"),
                        text.indexOf("CPN") + "CPN (Unified Socialist".length(), "CPN (Unified Socialist", List.of("CPN", "(", "Unified", "Socialist"),
                        "ORGANIZATION", 0.6, false)))
                .extracting(RawMention::text, RawMention::type).containsExactly(tuple("Operation Claw-Sword", "MISC"),
                        tuple("Mandarin", "MISC"), tuple("Muslim Brotherhood", "ORGANIZATION"), tuple("CPN", "ORGANIZATION"));
    }

    @Test
    void shouldKeepACompanysLegalFormInItsNameAndAnArabicPlaceAfterALocativeAPlace() {
        String text = "Erdenes Tavan Tolgoi JSC signed; the leaders met in Al Khor and in Al Gore's words.";
        assertThat(apply(text, body(text, "Erdenes Tavan Tolgoi", "ORGANIZATION", 0.9), body(text, "JSC", "ORGANIZATION", 0.6),
                body(text, "Al Khor", "PERSON", 0.7), body(text, "Al Gore", "PERSON", 0.9)))
                .extracting(RawMention::text, RawMention::type).containsExactly(tuple("Erdenes Tavan Tolgoi JSC", "ORGANIZATION"),
                        tuple("Al Khor", "LOCATION"), tuple("Al Gore", "PERSON"));
    }

    @Test
    void shouldSplitTwoBodiesOfOneKindJoinedByAndButNotOneBodysName() {
        String text = "Bharat Petroleum and Hindustan Petroleum bought it, as did the Foreign and Commonwealth Office.";
        assertThat(apply(text, body(text, "Bharat Petroleum and Hindustan Petroleum", "ORGANIZATION", 0.9),
                body(text, "Foreign and Commonwealth Office", "ORGANIZATION", 0.9)))
                .extracting(RawMention::text).containsExactly("Bharat Petroleum", "Hindustan Petroleum", "Foreign and Commonwealth Office");
    }

    @Test
    void shouldTypeANameListedAmongPlacesAPlaceButNotAPersonAmongThem() {
        String text = "Troops will move against Tal Rifaat, Manbij and Kobani; Putin, Erdogan and Raisi met in Tehran and Ankara.";
        assertThat(apply(text, body(text, "Tal Rifaat", "PERSON", 0.7), body(text, "Manbij", "LOCATION", 0.9), body(text, "Kobani", "LOCATION", 0.9),
                body(text, "Putin", "PERSON", 0.9), body(text, "Erdogan", "PERSON", 0.9), body(text, "Raisi", "PERSON", 0.9),
                body(text, "Tehran", "LOCATION", 0.9), body(text, "Ankara", "LOCATION", 0.9)))
                .extracting(RawMention::text, RawMention::type).contains(tuple("Tal Rifaat", "LOCATION"), tuple("Putin", "PERSON"),
                        tuple("Erdogan", "PERSON"), tuple("Raisi", "PERSON"));
    }

    @Test
    void shouldTypeAPlaceNamedOrganisationListedLastAfterTwoPlacesAPlaceButNotAmongPlatforms() {
        String text = "Communities around Aboyne, Ballater and Braemar were cut off. It ran on Twitter, Telegram, VKontakte and Odnoklassniki.";
        assertThat(apply(text, body(text, "Aboyne", "LOCATION", 0.9), body(text, "Ballater", "ORGANIZATION", 0.9),
                body(text, "Braemar", "ORGANIZATION", 0.9), body(text, "Twitter", "ORGANIZATION", 0.9), body(text, "Telegram", "LOCATION", 0.6),
                body(text, "VKontakte", "ORGANIZATION", 0.9), body(text, "Odnoklassniki", "LOCATION", 0.6)))
                .extracting(RawMention::text, RawMention::type).contains(tuple("Ballater", "LOCATION"), tuple("Braemar", "LOCATION"),
                        tuple("VKontakte", "ORGANIZATION"));
    }

    @Test
    void shouldTypeAPalaceNamedAfterOfAPlace() {
        String text = "Leaders met at the Palace of Peace and Reconciliation and at the Royal Palace of Madrid, then laid "
                + "wreaths in the Alley of Martyrs.";
        assertThat(apply(text, body(text, "Palace of Peace and Reconciliation", "ORGANIZATION", 0.9),
                body(text, "Royal Palace of Madrid", "ORGANIZATION", 0.9), body(text, "Alley of Martyrs", "ORGANIZATION", 0.9)))
                .extracting(RawMention::type).containsExactly("LOCATION", "LOCATION", "LOCATION");
    }

    @Test
    void shouldTypeClimateSummitsStateCompaniesBattlesAndStatutesAndJoinAnAirportToItsNamesake() {
        String text = "At COP29 Kazatomprom and Uzbekneftegaz met at Islam Karimov Tashkent International Airport, "
                + "recalling the Battle of Khalkhin Gol and the Rome Statute; Correa's Citizen Revolution movement stayed away.";
        assertThat(apply(text, body(text, "COP29", "LOCATION", 0.9), body(text, "Kazatomprom", "PERSON", 0.9),
                body(text, "Uzbekneftegaz", "LOCATION", 0.9), body(text, "Islam Karimov", "PERSON", 0.9),
                body(text, "Tashkent International Airport", "LOCATION", 0.9), body(text, "Battle of Khalkhin Gol", "ORGANIZATION", 0.9),
                body(text, "Rome Statute", "ORGANIZATION", 0.9), body(text, "Citizen Revolution", "MISC", 0.9)))
                .extracting(RawMention::text, RawMention::type).contains(tuple("COP29", "MISC"), tuple("Kazatomprom", "ORGANIZATION"),
                        tuple("Uzbekneftegaz", "ORGANIZATION"), tuple("Islam Karimov Tashkent International Airport", "LOCATION"),
                        tuple("Battle of Khalkhin Gol", "MISC"), tuple("Rome Statute", "MISC"), tuple("Citizen Revolution", "ORGANIZATION"));
    }

    @Test
    void shouldCutCompoundsOfPeoplesAndPlacesIntoTheirPartsAndKeepTheNameBeforeAParticiple() {
        String text = "Uzbek-Russian talks on the China-Kyrgyzstan-Uzbekistan railway; a Soviet-built reactor; a Harvard-educated envoy.";
        assertThat(apply(text, body(text, "Uzbek-Russian", "MISC", 0.9), body(text, "China-Kyrgyzstan-Uzbekistan", "LOCATION", 0.9),
                body(text, "Soviet-built", "MISC", 0.9), body(text, "Harvard-educated", "MISC", 0.9)))
                .extracting(RawMention::text, RawMention::type).containsExactly(tuple("Uzbek", "MISC"), tuple("Russian", "MISC"),
                        tuple("China", "LOCATION"), tuple("Kyrgyzstan", "LOCATION"), tuple("Uzbekistan", "LOCATION"),
                        tuple("Soviet", "MISC"), tuple("Harvard", "ORGANIZATION"));
    }

    @Test
    void shouldTypeAnOutletBeforeItsNounAndAPersonBeforeAWhoDescription() {
        String text = "Bidzina Ivanishvili, the billionaire who founded the party, spoke to the Imedi channel and the Paris newspaper.";
        assertThat(apply(text, body(text, "Bidzina Ivanishvili", "ORGANIZATION", 0.9), body(text, "Imedi", "MISC", 0.9),
                body(text, "Paris", "LOCATION", 0.9)))
                .extracting(RawMention::text, RawMention::type).containsExactly(tuple("Bidzina Ivanishvili", "PERSON"),
                        tuple("Imedi", "ORGANIZATION"), tuple("Paris", "LOCATION"));
    }

    @Test
    void shouldTypeProductsConferencesAutonomousAreasAndAProsecutorsCabinetAndATitleWithAnOrdinal() {
        String text = "Kazakhstan will build Bayraktar TB2 drones and the Hualong One reactor; the UN Water Conference and the "
                + "American Football Conference met in the Gorno-Badakhshan Autonomous Region. Chairman of the Cabinet of Ministers "
                + "Akylbek Japarov signed the Treaty on Good-Neighbourliness and Alliance in the 21st Century.";
        assertThat(apply(text, body(text, "Bayraktar TB2", "ORGANIZATION", 0.9), body(text, "Hualong One", "ORGANIZATION", 0.9),
                body(text, "UN Water Conference", "ORGANIZATION", 0.9), body(text, "American Football Conference", "ORGANIZATION", 0.9),
                body(text, "Gorno-Badakhshan Autonomous Region", "MISC", 0.9),
                body(text, "Cabinet of Ministers Akylbek Japarov", "ORGANIZATION", 0.9),
                body(text, "Treaty on Good-Neighbourliness and Alliance", "MISC", 0.9)))
                .extracting(RawMention::text, RawMention::type).contains(tuple("Bayraktar TB2", "MISC"), tuple("Hualong One", "MISC"),
                        tuple("UN Water Conference", "MISC"), tuple("American Football Conference", "ORGANIZATION"),
                        tuple("Gorno-Badakhshan Autonomous Region", "LOCATION"), tuple("Cabinet of Ministers", "ORGANIZATION"),
                        tuple("Akylbek Japarov", "PERSON"),
                        tuple("Treaty on Good-Neighbourliness and Alliance in the 21st Century", "MISC"));
    }

    @Test
    void shouldTypeAHeadlineNameAsTheBodyWritesIt() {
        String headline = "Qin Gang in Astana as Tigray talks resume";
        String text = "Foreign Minister Qin Gang arrived. Qin Gang met them. Fighting in Tigray stopped.";
        assertThat(repair.apply(List.of(Mentions.head(headline, "Qin Gang", "ORGANIZATION"), Mentions.head(headline, "Tigray", "PERSON"),
                body(text, "Qin Gang", "PERSON", 0.9), body(text, "Tigray", "LOCATION", 0.9)), headline, text))
                .filteredOn(m -> m.field().equals("headline")).extracting(RawMention::text, RawMention::type)
                .containsExactlyInAnyOrder(tuple("Qin Gang", "PERSON"), tuple("Tigray", "LOCATION"));
    }

    @Test
    void shouldDropAPortfolioWrittenInAnOfficesTitleButKeepABodysName() {
        String text = "Treasury Secretary Janet Yellen met the Minister of Foreign Affairs of Mongolia B. Battsetseg, the "
                + "Commissioner for Human Rights and the Ministry of Foreign Affairs; the Treasury said so.";
        assertThat(apply(text, body(text, "Treasury", "ORGANIZATION", 0.9), body(text, "Foreign Affairs", "ORGANIZATION", 0.9),
                body(text, "Human Rights", "ORGANIZATION", 0.9), body(text, "Ministry of Foreign Affairs", "ORGANIZATION", 0.9),
                Mentions.lastInBody(text, "Treasury", "ORGANIZATION", 0.9)))
                .extracting(RawMention::text).containsExactly("Ministry of Foreign Affairs", "Treasury");
    }

    @Test
    void shouldJoinAnOrganOfTheBodyItBelongsTo() {
        String text = "The Standing Committee of the National People's Congress met the Court of the Lions.";
        assertThat(apply(text, body(text, "Standing Committee", "ORGANIZATION", 0.9), body(text, "National People's Congress", "ORGANIZATION", 0.9),
                body(text, "Court", "ORGANIZATION", 0.6), body(text, "Lions", "ORGANIZATION", 0.6)))
                .extracting(RawMention::text).contains("Standing Committee of the National People's Congress", "Lions");
    }

    @Test
    void shouldJoinABodysWordOfANamedBody() {
        String text = "The Congress of South African Trade Unions met Cyril Ramaphosa.";
        assertThat(apply(text, body(text, "Congress", "ORGANIZATION", 0.9), body(text, "South African Trade Unions", "ORGANIZATION", 0.8),
                body(text, "Cyril Ramaphosa", "PERSON", 0.9)))
                .extracting(RawMention::text, RawMention::type).containsExactly(
                        tuple("Congress of South African Trade Unions", "ORGANIZATION"), tuple("Cyril Ramaphosa", "PERSON"));
    }

    @Test
    void shouldJoinAnArabicNameCutBeforeItsAlButNotTwoPeople() {
        String text = "Sheikh Ahmad Abdullah Al-Ahmad Al-Sabah was named; Omar Abdullah Hassan Nasrallah did not.";
        assertThat(apply(text, body(text, "Ahmad Abdullah", "PERSON", 0.9), body(text, "Al-Ahmad Al-Sabah", "PERSON", 0.8),
                body(text, "Omar Abdullah", "PERSON", 0.9), body(text, "Hassan Nasrallah", "PERSON", 0.9)))
                .extracting(RawMention::text).containsExactly("Ahmad Abdullah Al-Ahmad Al-Sabah", "Omar Abdullah", "Hassan Nasrallah");
    }

    @Test
    void shouldCutARoleOffTheEndOfAnOrganisation() {
        String text = "Tokayev hands over the CICA Chair to Azerbaijan; Truth Social's CEO spoke.";
        int truth = text.indexOf("Truth");
        RawMention possessive = new RawMention(Mention.BODY_TEXT, truth, truth + "Truth Social's CEO".length(), "Truth Social's CEO",
                List.of("Truth", "Social", "'s", "CEO"), "ORGANIZATION", 1.0, false);
        assertThat(apply(text, body(text, "CICA Chair", "ORGANIZATION", 1.0), possessive))
                .extracting(RawMention::text).containsExactly("CICA", "Truth Social");
        String office = "The Office of the President said so.";
        assertThat(apply(office, body(office, "Office of the President", "ORGANIZATION", 1.0)))
                .extracting(RawMention::text).containsExactly("Office of the President");
    }

    @Test
    void shouldSplitAPersonsNameOffABodysHeadNounButNotWordsOrPlaces() {
        String text = "Executive Director of the CICA Secretariat Kairat Sarybay said. Minimum Service Level Agreements apply. "
                + "The European Commission Ursula von der Leyen leads. Bank Negara Malaysia said.";
        List<RawMention> out = apply(text, body(text, "CICA Secretariat Kairat Sarybay", "ORGANIZATION", 1.0),
                body(text, "Minimum Service Level Agreements", "ORGANIZATION", 0.9),
                new RawMention(Mention.BODY_TEXT, text.indexOf("European"), text.indexOf(" leads"), "European Commission Ursula von der Leyen",
                        List.of("European", "Commission", "Ursula", "von", "der", "Leyen"), "ORGANIZATION", 0.9, false),
                body(text, "Bank Negara Malaysia", "ORGANIZATION", 0.9));
        assertThat(out).extracting(RawMention::text, RawMention::type).containsExactly(
                tuple("CICA Secretariat", "ORGANIZATION"), tuple("Kairat Sarybay", "PERSON"),
                tuple("Minimum Service Level Agreements", "ORGANIZATION"),
                tuple("European Commission", "ORGANIZATION"), tuple("Ursula von der Leyen", "PERSON"),
                tuple("Bank Negara Malaysia", "ORGANIZATION"));
        RawMention person = out.get(1);
        assertThat(text.substring(person.start(), person.end())).isEqualTo("Kairat Sarybay");
    }

    @Test
    void shouldTypeABodysHeadNounAndARegionOfTheWorld() {
        String text = "Temur Umarov of the Carnegie Russia Eurasia Center in Berlin on Central Asia and the West Bank.";
        assertThat(apply(text, body(text, "Carnegie Russia Eurasia Center", "LOCATION", 0.99),
                body(text, "Central Asia", "ORGANIZATION", 0.9), body(text, "West Bank", "LOCATION", 0.9)))
                .extracting(RawMention::type).containsExactly("ORGANIZATION", "LOCATION", "LOCATION");
    }

    @Test
    void shouldMakeANameTheTextCallsAPartyAnOrganisationWhereverItIsWritten() {
        String text = "A former official of the Nur Otan party was jailed. Nur Otan was later renamed Amanat.";
        int second = text.indexOf("Nur Otan was");
        List<RawMention> out = apply(text, body(text, "Nur Otan", "PERSON", 0.9),
                new RawMention(Mention.BODY_TEXT, second, second + 8, "Nur Otan", List.of("Nur", "Otan"), "PERSON", 0.9, false));
        assertThat(out).extracting(RawMention::type).containsExactly("ORGANIZATION", "ORGANIZATION");
        List<RawMention> typedOnce = apply(text, body(text, "Nur Otan", "ORGANIZATION", 0.01),
                new RawMention(Mention.BODY_TEXT, second, second + 8, "Nur Otan", List.of("Nur", "Otan"), "PERSON", 0.99, false));
        assertThat(typedOnce).extracting(RawMention::type).containsExactly("ORGANIZATION", "ORGANIZATION");
        String christmas = "A Christmas party was held. Christmas came early.";
        assertThat(apply(christmas, body(christmas, "Christmas", "MISC", 0.9))).extracting(RawMention::type).containsExactly("MISC");
    }

    @Test
    void shouldMakeAnUnsureOrganisationThatIsOnlyACityAPlaceOutsideSport() {
        String text = "Oil would reach Germany through the port of Rostock.";
        assertThat(apply(text, body(text, "Rostock", "ORGANIZATION", 0.01))).extracting(RawMention::type).containsExactly("LOCATION");
        String sure = "Rostock said the deal was done.";
        assertThat(apply(sure, body(sure, "Rostock", "ORGANIZATION", 0.9))).extracting(RawMention::type).containsExactly("ORGANIZATION");
        String sport = "Rostock beat them in the league on Saturday.";
        assertThat(apply(sport, body(sport, "Rostock", "ORGANIZATION", 0.01))).extracting(RawMention::type)
                .containsExactly("ORGANIZATION");
    }

    @Test
    void shouldTypeANameByItsHeadNoun() {
        String text = "The Belt and Road Initiative, the Al Bayt Stadium, Avenida Paulista, the CICA Secretariat, the Royal "
                + "Bahamas Police Force and the East Asia Summit.";
        assertThat(apply(text, body(text, "Belt and Road Initiative", "ORGANIZATION", 0.9), body(text, "Al Bayt Stadium", "MISC", 0.9),
                body(text, "Avenida Paulista", "ORGANIZATION", 0.9), body(text, "CICA Secretariat", "MISC", 0.9),
                body(text, "Royal Bahamas Police Force", "LOCATION", 0.9), body(text, "East Asia Summit", "ORGANIZATION", 0.9)))
                .extracting(RawMention::text, RawMention::type)
                .containsExactly(tuple("Belt and Road Initiative", "MISC"), tuple("Al Bayt Stadium", "LOCATION"),
                        tuple("Avenida Paulista", "LOCATION"), tuple("CICA Secretariat", "ORGANIZATION"),
                        tuple("Royal Bahamas Police Force", "ORGANIZATION"), tuple("East Asia Summit", "MISC"));
        String games = "Epic Games and Caribbean nations.";
        assertThat(apply(games, body(games, "Epic Games", "ORGANIZATION", 0.9), body(games, "Caribbean", "MISC", 0.9)))
                .as("a company's 'Games' and a region's adjective keep their types")
                .extracting(RawMention::type).containsExactly("ORGANIZATION", "MISC");
        String sights = "Crowds filled the Place de la Concorde below the Eiffel Tower; Julien Temple filmed them.";
        assertThat(apply(sights, body(sights, "Place de la Concorde", "ORGANIZATION", 0.9), body(sights, "Eiffel Tower", "ORGANIZATION", 0.9),
                body(sights, "Julien Temple", "PERSON", 0.9)))
                .as("a tower and a French square are places; a person named Temple stays a person")
                .extracting(RawMention::type).containsExactly("LOCATION", "LOCATION", "PERSON");
        String campus = "Imperial College London, Centre Court and the First Amendment.";
        assertThat(apply(campus, body(campus, "Imperial College London", "LOCATION", 0.9), body(campus, "Centre Court", "LOCATION", 0.9),
                body(campus, "First Amendment", "ORGANIZATION", 0.9)))
                .as("a college before a place is a body; Wimbledon's court stays a place; an amendment is a document")
                .extracting(RawMention::type).containsExactly("ORGANIZATION", "LOCATION", "MISC");
        String stage = "The Academy Awards at the Dolby Theatre, then the Stade de France.";
        assertThat(apply(stage, body(stage, "Academy Awards", "ORGANIZATION", 0.9), body(stage, "Dolby Theatre", "ORGANIZATION", 0.9),
                body(stage, "Stade de France", "ORGANIZATION", 0.9)))
                .as("an award is MISC; a theatre and a stadium are places").extracting(RawMention::type)
                .containsExactly("MISC", "LOCATION", "LOCATION");
    }

    @Test
    void shouldJoinABodyAndTheCountryItIsOf() {
        String text = "The Central Bank of Sri Lanka and the Green Party of England and Wales met the President of Ukraine.";
        assertThat(apply(text, body(text, "Central Bank", "ORGANIZATION", 0.9), body(text, "Sri Lanka", "LOCATION", 0.9),
                body(text, "Green Party", "ORGANIZATION", 0.9), body(text, "England", "LOCATION", 0.9),
                body(text, "Wales", "LOCATION", 0.9), body(text, "Ukraine", "LOCATION", 0.9)))
                .extracting(RawMention::text, RawMention::type)
                .containsExactly(tuple("Central Bank of Sri Lanka", "ORGANIZATION"), tuple("Green Party", "ORGANIZATION"),
                        tuple("England", "LOCATION"), tuple("Wales", "LOCATION"), tuple("Ukraine", "LOCATION"));
    }

    @Test
    void shouldMakeAPartyTypedAPersonAnOrganisation() {
        String text = "Sinn Féin and Palang Pracharath gained; Wim Kok and Kok spoke.";
        assertThat(apply(text, body(text, "Sinn Féin", "PERSON", 0.9), body(text, "Palang Pracharath", "PERSON", 0.9),
                body(text, "Wim Kok", "PERSON", 0.9), Mentions.lastInBody(text, "Kok", "PERSON", 0.9)))
                .as("a party's names; not three letters that are a party's acronym somewhere (Finland's KOK)")
                .extracting(RawMention::text, RawMention::type)
                .containsExactly(tuple("Sinn Féin", "ORGANIZATION"), tuple("Palang Pracharath", "ORGANIZATION"),
                        tuple("Wim Kok", "PERSON"), tuple("Kok", "PERSON"));
    }

    @Test
    void shouldMakeALegislatureABodyAndAConstitutionADocument() {
        String text = "Parliament and the Sejm must amend the Constitution, the Kremlin said.";
        assertThat(apply(text, body(text, "Parliament", "LOCATION", 0.9), body(text, "Sejm", "MISC", 0.9),
                body(text, "Constitution", "LOCATION", 0.9), body(text, "Kremlin", "LOCATION", 0.9)))
                .extracting(RawMention::text, RawMention::type)
                .containsExactly(tuple("Parliament", "ORGANIZATION"), tuple("Sejm", "ORGANIZATION"),
                        tuple("Constitution", "MISC"), tuple("Kremlin", "ORGANIZATION"));
    }

    @Test
    void shouldMakeANameAfterAnHonorificAPerson() {
        String text = "Mr. Bankman-Fried stood as the verdict was read.";
        assertThat(apply(text, body(text, "Mr. Bankman-Fried", "MISC", 0.6)))
                .extracting(RawMention::text, RawMention::type, RawMention::titled)
                .containsExactly(tuple("Bankman-Fried", "PERSON", true));
    }

    @Test
    void shouldMakeANameTypedOrganisationAPersonWhenTheArticleUsesItsSurnameAlone() {
        String text = "Bola Tinubu of Nigeria's governing party won. Mr Tinubu, 70, thanked voters.";
        int tinubu = text.indexOf("Tinubu,");
        RawMention titled = new RawMention(Mention.BODY_TEXT, tinubu, tinubu + 6, "Tinubu", List.of("Tinubu"), "PERSON", 0.9, true);
        assertThat(apply(text, body(text, "Bola Tinubu of Nigeria", "ORGANIZATION", 0.7), titled))
                .extracting(RawMention::text, RawMention::type)
                .containsExactly(tuple("Bola Tinubu", "PERSON"), tuple("Nigeria", "LOCATION"), tuple("Tinubu", "PERSON"));
        String show = "UK Pride was held in July. Pride drew crowds.";
        assertThat(apply(show, body(show, "UK Pride", "ORGANIZATION", 0.7), Mentions.lastInBody(show, "Pride", "PERSON", 0.4)))
                .as("no title before the lone word, no first name before it: not a person")
                .extracting(RawMention::type).containsExactly("ORGANIZATION", "PERSON");
    }

    @Test
    void shouldTakeABodysDescriptorAnArabicNamesParticleAndAnOrganisationsOwnNameAsEvidence() {
        String text = "said Priya Venkatesan of consultancy Wood Mackenzie. Ukrainian broadcaster Timur Miroshnychenko spoke.";
        assertThat(apply(text, body(text, "Wood Mackenzie", "PERSON", 0.8), body(text, "Timur Miroshnychenko", "PERSON", 0.9)))
                .as("a body's descriptor, but not a job people hold too")
                .extracting(RawMention::type).containsExactly("ORGANIZATION", "PERSON");
        String list = "for services to charity\nDavid Peter Hadfield (president), for services to sport";
        assertThat(apply(list, body(list, "David Peter Hadfield", "PERSON", 0.9)))
                .as("the descriptor must stand on the name's own line").extracting(RawMention::type).containsExactly("PERSON");
        String general = "Sudan's army, led by General Abdel Fattah al-Burhan, and Mohammed bin Salman.";
        assertThat(apply(general, body(general, "Abdel Fattah", "PERSON", 0.9), body(general, "Mohammed", "PERSON", 0.9)))
                .extracting(RawMention::text).containsExactly("Abdel Fattah al-Burhan", "Mohammed bin Salman");
        String bloc = "The Economic Community of West African States (Ecowas) reported no incidents. Soviet tanks rolled.";
        assertThat(apply(bloc, body(bloc, "Ecowas", "MISC", 0.6), body(bloc, "Soviet", "MISC", 0.9)))
                .as("an international organisation's short name; not a brand that merely starts with the word")
                .extracting(RawMention::type).containsExactly("ORGANIZATION", "MISC");
    }

    @Test
    void shouldCutAParticipleAYearAndARoleOffANameAndTypeWhatIsLeft() {
        String text = "The San Francisco-based startup, Iranian-made drones, Telford-born Smith, the 2015 Paris Climate "
                + "Agreement, Tory MPs, Storm Daniel and the Dow Jones Industrial Average.";
        assertThat(apply(text, body(text, "San Francisco-based", "MISC", 0.8), body(text, "Iranian-made", "MISC", 0.8),
                body(text, "Telford-born", "MISC", 0.8), body(text, "2015 Paris Climate Agreement", "MISC", 0.8),
                body(text, "Tory MPs", "ORGANIZATION", 0.8), body(text, "Storm Daniel", "PERSON", 0.8),
                body(text, "Dow Jones Industrial Average", "ORGANIZATION", 0.8)))
                .extracting(RawMention::text, RawMention::type)
                .containsExactly(tuple("San Francisco", "LOCATION"), tuple("Iranian", "MISC"), tuple("Telford", "LOCATION"),
                        tuple("Paris Climate Agreement", "MISC"), tuple("Tory", "ORGANIZATION"), tuple("Storm Daniel", "MISC"),
                        tuple("Dow Jones Industrial Average", "MISC"));
        String body = "The Institute of Space Policy and Law said so; state-owned firms agreed.";
        assertThat(apply(body, body(body, "Institute of Space Policy and Law", "ORGANIZATION", 0.9), body(body, "state-owned", "MISC", 0.5)))
                .as("a body's head inside the name keeps it a body's; a participle of a common word is no name")
                .extracting(RawMention::text, RawMention::type).containsExactly(tuple("Institute of Space Policy and Law", "ORGANIZATION"));
    }

    @Test
    void shouldTrustATitleCaseHeadlinesSpansOnlyWhereTheBodyOrTheGazetteersConfirmThem() {
        String headline = "Azerbaijan Wants EU Cash to Double Gas Flows as Europe Shuns Russia";
        String body = "Azerbaijan is ready to double natural gas exports to Europe, President Ilham Aliyev said.";
        List<RawMention> found = List.of(head(headline, "Azerbaijan", "LOCATION"), head(headline, "Double Gas Flows", "MISC"),
                head(headline, "Europe Shuns Russia", "ORGANIZATION"));
        assertThat(repair.apply(found, headline, body)).extracting(RawMention::text).containsExactly("Azerbaijan");
        String sentenceCase = "Europe shuns Russia as Double Gas Flows begin";
        assertThat(MentionRepair.isTitleCase(sentenceCase)).isFalse();
        assertThat(MentionRepair.isTitleCase(headline)).isTrue();
    }

    private static RawMention head(String headline, String span, String type) {
        return Mentions.head(headline, span, type);
    }

    @Test
    void shouldJoinACourtCaseAndReadAnHonorificOnlyAsWritten() {
        String text = "The court overturned Roe v. Wade. Dr Tedros spoke; DR Congo voted.";
        assertThat(apply(text, body(text, "Roe", "ORGANIZATION", 0.7), body(text, "Wade", "PERSON", 0.7),
                body(text, "Dr Tedros", "ORGANIZATION", 0.6), body(text, "DR Congo", "LOCATION", 0.9)))
                .extracting(RawMention::text, RawMention::type)
                .containsExactly(tuple("Roe v. Wade", "MISC"), tuple("Tedros", "PERSON"), tuple("DR Congo", "LOCATION"));
    }

    @Test
    void shouldMakeACitysNameTypedMiscAPlaceButNotATownsOrAFirstName() {
        String text = "Leaders gathered in Nur-Sultan. Brits abroad and Bryan cheered.";
        assertThat(apply(text, body(text, "Nur-Sultan", "MISC", 0.6), body(text, "Brits", "MISC", 0.8), body(text, "Bryan", "MISC", 0.5)))
                .extracting(RawMention::type).containsExactly("LOCATION", "MISC", "MISC");
    }

    @Test
    void shouldJoinACaseWrittenWithoutAFullStopOnlyNearACourtsWord() {
        String text = "The ruling in Loving v Virginia stands. Brazil v Cameroon kicks off at seven.";
        assertThat(apply(text, body(text, "Loving", "ORGANIZATION", 0.6), body(text, "Virginia", "LOCATION", 0.8),
                body(text, "Brazil", "LOCATION", 0.9), body(text, "Cameroon", "LOCATION", 0.9)))
                .extracting(RawMention::text, RawMention::type)
                .containsExactly(tuple("Loving v Virginia", "MISC"), tuple("Brazil", "LOCATION"), tuple("Cameroon", "LOCATION"));
    }

    @Test
    void shouldTakeTheWordBeforeAndIntoABodysNameButNotANameOfItsOwnNorALongerName() {
        String text = "Turkey’s Disaster and Emergency Management Authority said. Britain and Bank of England met. "
                + "On Monday and Energy Agency staff left. The Culture, Media and Sport Committee sat.";
        assertThat(apply(text, body(text, "Turkey", "LOCATION", 0.9),
                body(text, "Emergency Management Authority", "ORGANIZATION", 0.8),
                body(text, "Britain", "LOCATION", 0.9), body(text, "Bank of England", "ORGANIZATION", 0.9),
                body(text, "Energy Agency", "ORGANIZATION", 0.8), body(text, "Sport Committee", "ORGANIZATION", 0.8)))
                .extracting(RawMention::text)
                .containsExactly("Turkey", "Disaster and Emergency Management Authority", "Britain", "Bank of England",
                        "Energy Agency", "Sport Committee");
    }

    @Test
    void shouldTakeAHeadNounAfterANameIntoItButLeaveACitysGamesAndAPersonAlone() {
        String text = "Leaders met at Prague Castle to sign the UN Charter pledge before the Tokyo Olympics, Julien Temple said.";
        assertThat(apply(text, body(text, "Prague", "LOCATION", 0.9), body(text, "Castle", "ORGANIZATION", 0.5),
                body(text, "UN", "ORGANIZATION", 0.9), body(text, "Tokyo", "LOCATION", 0.9), body(text, "Olympics", "MISC", 0.9),
                body(text, "Julien", "PERSON", 0.9)))
                .extracting(RawMention::text, RawMention::type)
                .containsExactly(tuple("Prague Castle", "LOCATION"), tuple("UN Charter", "MISC"), tuple("Tokyo", "LOCATION"),
                        tuple("Olympics", "MISC"), tuple("Julien", "PERSON"));
    }

    @Test
    void shouldJoinOverlappingMentionsAndTypeGroupsRegionsAndEras() {
        String text = "UAE President Mohamed bin Zayed Al Nahyan and G7 leaders met in the Gulf. A Cold War-era pact was cited.";
        assertThat(apply(text, body(text, "Mohamed", "PERSON", 0.9), body(text, "Zayed Al Nahyan", "PERSON", 0.9),
                body(text, "G7", "MISC", 0.8), body(text, "Gulf", "MISC", 0.8), body(text, "A Cold War-era", "MISC", 0.8)))
                .extracting(RawMention::text, RawMention::type)
                .as("the country before the president's title, which the recogniser left out, is a mention too")
                .containsExactly(tuple("UAE", "LOCATION"), tuple("Mohamed bin Zayed Al Nahyan", "PERSON"), tuple("G7", "ORGANIZATION"),
                        tuple("Gulf", "LOCATION"), tuple("Cold War", "MISC"));
    }

    @Test
    void shouldSplitACompoundOfTwoCountriesButNotACountrysOwnNameOrAJointVenture() {
        String text = "The Russia-Ukraine war, EU-China ties, Guinea-Bissau and Repsol-Sinopec were discussed.";
        assertThat(apply(text, body(text, "Russia-Ukraine", "MISC", 0.8), body(text, "EU-China", "ORGANIZATION", 0.8),
                body(text, "Guinea-Bissau", "LOCATION", 0.9), body(text, "Repsol-Sinopec", "ORGANIZATION", 0.8)))
                .extracting(RawMention::text, RawMention::type)
                .containsExactly(tuple("Russia", "LOCATION"), tuple("Ukraine", "LOCATION"), tuple("EU", "ORGANIZATION"),
                        tuple("China", "LOCATION"), tuple("Guinea-Bissau", "LOCATION"), tuple("Repsol-Sinopec", "ORGANIZATION"));
    }

    @Test
    void shouldMakeADashCompoundOfAnEventOneEventAndADocumentOfSomethingADocument() {
        String text = "Xi hosted the China\u2013Central Asia Summit and praised the Comprehensive and Progressive Agreement for "
                + "Trans-Pacific Partnership.";
        assertThat(apply(text, body(text, "China", "LOCATION", 0.9), body(text, "Central Asia Summit", "MISC", 0.8),
                body(text, "Comprehensive and Progressive Agreement for Trans-Pacific Partnership", "ORGANIZATION", 0.7)))
                .extracting(RawMention::text, RawMention::type)
                .containsExactly(tuple("China\u2013Central Asia Summit", "MISC"),
                        tuple("Comprehensive and Progressive Agreement for Trans-Pacific Partnership", "MISC"));
    }

    @Test
    void shouldTypeLaunchSitesAndCourthousesAsPlacesAndDropModifiersAndWideSuffixes() {
        String text = "It flew from Tanegashima Space Center near Colleton County Courthouse in a UK-wide test by the pro-Serbian Democratic Front.";
        assertThat(apply(text, body(text, "Tanegashima Space Center", "ORGANIZATION", 0.8),
                body(text, "Colleton County Courthouse", "ORGANIZATION", 0.8), body(text, "UK-wide", "MISC", 0.8),
                body(text, "pro-Serbian Democratic Front", "ORGANIZATION", 0.8)))
                .extracting(RawMention::text, RawMention::type)
                .containsExactly(tuple("Tanegashima Space Center", "LOCATION"), tuple("Colleton County Courthouse", "LOCATION"),
                        tuple("UK", "LOCATION"), tuple("Democratic Front", "ORGANIZATION"));
    }

    @Test
    void shouldRepairTheNinthSetsNamesOfStormsPartiesBuildingsAndProvinces() {
        String text = "Hurricane Fiona hit as the Jamiat Ulema-e-Islam met. The Liberal Democrat leader spoke at the National "
                + "Diet Building, and the Diet voted in South Gyeongsang Province.";
        assertThat(apply(text, body(text, "Fiona", "PERSON", 0.8), body(text, "Jamiat Ulema-e-Islam", "PERSON", 0.6),
                body(text, "Liberal", "ORGANIZATION", 0.9), body(text, "Democrat", "MISC", 0.9),
                body(text, "National Diet Building", "ORGANIZATION", 0.8), Mentions.lastInBody(text, "Diet", "LOCATION", 0.5),
                body(text, "South Gyeongsang Province", "ORGANIZATION", 0.7)))
                .extracting(RawMention::text, RawMention::type)
                .containsExactly(tuple("Hurricane Fiona", "MISC"), tuple("Jamiat Ulema-e-Islam", "ORGANIZATION"),
                        tuple("Liberal Democrat", "ORGANIZATION"), tuple("National Diet Building", "LOCATION"),
                        tuple("Diet", "ORGANIZATION"), tuple("South Gyeongsang Province", "LOCATION"));
    }

    @Test
    void shouldTypeANameAfterAWorksNounAsTheWorkButNotAPersonOrAKnownName() {
        String text = "She starred in the Netflix series Stranger Things and the second season of Bridgerton, in the film Tom "
                + "Cruise made and the documentary Ukraine.";
        assertThat(apply(text, body(text, "Stranger Things", "ORGANIZATION", 0.7), body(text, "Bridgerton", "LOCATION", 0.6),
                body(text, "Tom Cruise", "PERSON", 1.0), body(text, "Ukraine", "LOCATION", 0.9)))
                .extracting(RawMention::text, RawMention::type)
                .containsExactly(tuple("Stranger Things", "MISC"), tuple("Bridgerton", "MISC"), tuple("Tom Cruise", "PERSON"),
                        tuple("Ukraine", "LOCATION"));
    }

    @Test
    void shouldTypeAPlaceAsAPlaceWhereTheArticleNamesItsCouncil() {
        String text = "Homes in Moray lost power. Aberdeenshire Council opened hubs for Aberdeenshire.";
        assertThat(apply(text, body(text, "Moray", "ORGANIZATION", 0.9), body(text, "Aberdeenshire Council", "ORGANIZATION", 1.0),
                Mentions.lastInBody(text, "Aberdeenshire", "ORGANIZATION", 0.9)))
                .as("Moray has no council named here, so the rule says nothing of it")
                .extracting(RawMention::text, RawMention::type)
                .containsExactly(tuple("Moray", "ORGANIZATION"), tuple("Aberdeenshire Council", "ORGANIZATION"),
                        tuple("Aberdeenshire", "LOCATION"));
    }

    @Test
    void shouldKeepTheNumberOfASeriesOrIndexInItsNameAndDropAListingsIpo() {
        String text = "He is the 2021 Formula 1 champion; the S&P 500 fell and George Russell 2 said the Porsche IPO went well.";
        assertThat(apply(text, body(text, "2021 Formula", "ORGANIZATION", 0.7), body(text, "S&P", "ORGANIZATION", 0.9),
                body(text, "George Russell", "PERSON", 1.0), body(text, "Porsche IPO", "ORGANIZATION", 0.9)))
                .extracting(RawMention::text, RawMention::type)
                .containsExactly(tuple("Formula 1", "MISC"), tuple("S&P 500", "MISC"), tuple("George Russell", "PERSON"),
                        tuple("Porsche", "ORGANIZATION"));
    }

    @Test
    void shouldTypeIslesMountainsAndLakesAsPlacesButNotTheRacesAndBodiesNamedAfterThem() {
        String text = "Ainslie trained off the Isle of Wight, climbed Mount Everest and sailed the Sea of Azov before the Isle "
                + "of Man TT, while Gulf Air flew.";
        assertThat(apply(text, body(text, "Isle of Wight", "ORGANIZATION", 0.7), body(text, "Mount Everest", "MISC", 0.7),
                body(text, "Sea of Azov", "ORGANIZATION", 0.7), body(text, "Isle of Man TT", "ORGANIZATION", 0.8),
                body(text, "Gulf Air", "ORGANIZATION", 0.9)))
                .extracting(RawMention::text, RawMention::type)
                .containsExactly(tuple("Isle of Wight", "LOCATION"), tuple("Mount Everest", "LOCATION"),
                        tuple("Sea of Azov", "LOCATION"), tuple("Isle of Man TT", "ORGANIZATION"), tuple("Gulf Air", "ORGANIZATION"));
    }

    @Test
    void shouldTypeANameAfterAPlacesNounAndAKnownCityTypedAPersonAsPlaces() {
        String text = "Rain hit the province of Al Haouz and Al Ain, while Churchill spoke.";
        assertThat(apply(text, body(text, "Al Haouz", "PERSON", 0.7), body(text, "Al Ain", "PERSON", 0.7),
                body(text, "Churchill", "PERSON", 0.9)))
                .extracting(RawMention::text, RawMention::type)
                .containsExactly(tuple("Al Haouz", "LOCATION"), tuple("Al Ain", "LOCATION"), tuple("Churchill", "PERSON"));
    }

    @Test
    void shouldTypePalacesVenuesTelescopesAwardsAndSummitsAsTheirHeadsSay() {
        String text = "At Al Salam Palace and the Walter E. Washington Convention Center, the Hubble Space Telescope team won the "
                + "Golden Lion at the Summit of the Americas, as Golden State lost.";
        assertThat(apply(text, body(text, "Al Salam Palace", "MISC", 0.7),
                body(text, "Walter E. Washington Convention Center", "ORGANIZATION", 0.8),
                body(text, "Hubble Space Telescope", "ORGANIZATION", 0.8), body(text, "Golden Lion", "ORGANIZATION", 0.7),
                body(text, "Summit of the Americas", "ORGANIZATION", 0.8), body(text, "Golden State", "ORGANIZATION", 0.8)))
                .extracting(RawMention::text, RawMention::type)
                .containsExactly(tuple("Al Salam Palace", "LOCATION"), tuple("Walter E. Washington Convention Center", "LOCATION"),
                        tuple("Hubble Space Telescope", "MISC"), tuple("Golden Lion", "MISC"),
                        tuple("Summit of the Americas", "MISC"), tuple("Golden State", "ORGANIZATION"));
    }

    @Test
    void shouldJoinAPrizeToItsFieldAndTwoNamesTheGazetteersLinkAsOneOrganisation() {
        String text = "Ernaux won the Nobel Prize in Literature, and Paris Saint-Germain beat Lens while Paris Hilton watched.";
        assertThat(apply(text, body(text, "Nobel Prize", "MISC", 0.9), body(text, "Literature", "MISC", 0.6),
                body(text, "Paris", "LOCATION", 0.8), body(text, "Saint-Germain", "LOCATION", 0.6),
                body(text, "Paris Hilton", "PERSON", 0.9)))
                .extracting(RawMention::text, RawMention::type)
                .containsExactly(tuple("Nobel Prize in Literature", "MISC"), tuple("Paris Saint-Germain", "ORGANIZATION"),
                        tuple("Paris Hilton", "PERSON"));
    }

    @Test
    void shouldJoinANamesPartsAtTheirLinkInTheHeadlineTooAndACitysForum() {
        String headline = "Ernaux wins Nobel Prize in Literature";
        String text = "The People's Movement for the Liberation of Angola won, Putin spoke at the St. Petersburg International "
                + "Economic Forum and Barcelona won the Copa del Rey.";
        assertThat(repair.apply(List.of(head(headline, "Nobel Prize", "MISC"), head(headline, "Literature", "MISC"),
                        body(text, "People's Movement", "ORGANIZATION", 0.8), body(text, "Liberation of Angola", "ORGANIZATION", 0.6),
                        body(text, "Putin", "PERSON", 1.0), body(text, "St. Petersburg", "LOCATION", 0.9),
                        body(text, "International Economic Forum", "MISC", 0.7), body(text, "Barcelona", "ORGANIZATION", 0.9),
                        body(text, "Copa del Rey", "ORGANIZATION", 0.7)), headline, text))
                .extracting(RawMention::text, RawMention::type)
                .contains(tuple("Nobel Prize in Literature", "MISC"),
                        tuple("People's Movement for the Liberation of Angola", "ORGANIZATION"),
                        tuple("St. Petersburg International Economic Forum", "MISC"), tuple("Copa del Rey", "MISC"));
    }

    @Test
    void shouldSplitAPeoplesWordFromTheirPartyAndDropAnEditionButNotAUnitsNumber() {
        String text = "French National Rally leader Le Pen, the Swiss National Bank, the 80th Venice Film Festival, the 5th "
                + "Infantry Division and a Queen-inspired show.";
        assertThat(apply(text, body(text, "French National Rally", "MISC", 0.7), body(text, "Swiss National Bank", "ORGANIZATION", 0.9),
                body(text, "80th Venice Film Festival", "MISC", 0.8), body(text, "5th Infantry Division", "MISC", 0.7),
                body(text, "Queen-inspired", "MISC", 0.6)))
                .extracting(RawMention::text, RawMention::type)
                .containsExactly(tuple("French", "MISC"), tuple("National Rally", "ORGANIZATION"),
                        tuple("Swiss National Bank", "ORGANIZATION"), tuple("Venice Film Festival", "MISC"),
                        tuple("5th Infantry Division", "MISC"), tuple("Queen", "MISC"));
    }

    @Test
    void shouldRepairTheFifteenthSessionsGroupsCompetitionsDocumentsAndPeoplesWords() {
        String text = "OPEC+ meets as the FIFA World Cup and the T20 World Cup go on. The Taliban and the Tata group "
                + "spoke to pro-Palestinian marchers, Republican senators said, and leaders signed the Convention on the Legal "
                + "Status of the Caspian Sea before the Assembly of the Republic met, Kazinform reports.";
        assertThat(apply(text, body(text, "OPEC", "ORGANIZATION", 0.9), body(text, "FIFA", "ORGANIZATION", 0.9),
                body(text, "World Cup", "MISC", 0.9), Mentions.lastInBody(text, "World Cup", "MISC", 0.9),
                body(text, "Taliban", "MISC", 0.9), body(text, "Tata", "ORGANIZATION", 0.9),
                body(text, "pro-Palestinian", "MISC", 0.9), body(text, "Republican", "MISC", 0.9),
                body(text, "Convention", "LOCATION", 0.6), body(text, "Legal Status", "ORGANIZATION", 0.6),
                body(text, "Caspian Sea", "LOCATION", 0.9), body(text, "Assembly", "ORGANIZATION", 0.8),
                Mentions.lastInBody(text, "Republic", "LOCATION", 0.9), body(text, "Kazinform", "PERSON", 0.6)))
                .extracting(RawMention::text, RawMention::type)
                .containsExactlyInAnyOrder(tuple("OPEC+", "ORGANIZATION"), tuple("FIFA World Cup", "MISC"),
                        tuple("T20 World Cup", "MISC"), tuple("Taliban", "ORGANIZATION"), tuple("Tata group", "ORGANIZATION"),
                        tuple("Palestinian", "MISC"), tuple("Republican", "ORGANIZATION"),
                        tuple("Convention on the Legal Status of the Caspian Sea", "MISC"),
                        tuple("Assembly of the Republic", "ORGANIZATION"), tuple("Kazinform", "ORGANIZATION"));
    }

    @Test
    void shouldJoinANameToTheContinentItsScopeIsButNotToTheCityWhereItMeets() {
        String text = "Leaders of the Conference on Interaction and Confidence-Building Measures in Asia met as the "
                + "Collective Security Treaty Organization in Kazakhstan and the European Council in Brussels waited.";
        assertThat(apply(text, body(text, "Conference on Interaction and Confidence-Building Measures", "ORGANIZATION", 0.9),
                body(text, "Asia", "LOCATION", 0.9), body(text, "Collective Security Treaty Organization", "ORGANIZATION", 0.9),
                body(text, "Kazakhstan", "LOCATION", 0.9), body(text, "European Council", "ORGANIZATION", 0.9),
                body(text, "Brussels", "LOCATION", 0.9)))
                .extracting(RawMention::text, RawMention::type)
                .containsExactly(tuple("Conference on Interaction and Confidence-Building Measures in Asia", "ORGANIZATION"),
                        tuple("Collective Security Treaty Organization", "ORGANIZATION"), tuple("Kazakhstan", "LOCATION"),
                        tuple("European Council", "ORGANIZATION"), tuple("Brussels", "LOCATION"));
    }

    @Test
    void shouldJoinTwoHalvesOfANameCutAtTheDashBetweenPointsOfTheCompass() {
        String text = "Cargo on the International North\u2013South Transport Corridor grew; the East African Community met.";
        assertThat(apply(text, body(text, "International North", "LOCATION", 0.8), body(text, "South Transport Corridor", "ORGANIZATION", 0.7),
                body(text, "East African Community", "ORGANIZATION", 0.9)))
                .extracting(RawMention::text, RawMention::type)
                .containsExactly(tuple("International North\u2013South Transport Corridor", "LOCATION"),
                        tuple("East African Community", "ORGANIZATION"));
    }

    @Test
    void shouldTypeANameEndingInStanAPlaceAndABodyByTheWordsThatDescribeIt() {
        String text = "In Turkestan, Medef, the employers' federation, met the Atameken business chamber and Orano, the French "
                + "state-controlled nuclear fuel group; Aliyev, the head of the group, and Kurdish leaders came to the top "
                + "of their Europa Conference group at a pre-Olympics holding camp.";
        assertThat(apply(text, body(text, "Turkestan", "MISC", 0.6), body(text, "Medef", "LOCATION", 0.6),
                body(text, "Atameken", "LOCATION", 0.6), body(text, "Orano", "LOCATION", 0.6), body(text, "Kurdish", "MISC", 0.9),
                body(text, "Europa Conference", "MISC", 0.9), body(text, "Olympics", "MISC", 0.9)))
                .extracting(RawMention::text, RawMention::type)
                .containsExactly(tuple("Turkestan", "LOCATION"), tuple("Medef", "ORGANIZATION"), tuple("Atameken", "ORGANIZATION"),
                        tuple("Orano", "ORGANIZATION"), tuple("Kurdish", "MISC"), tuple("Europa Conference", "MISC"),
                        tuple("Olympics", "MISC"));
    }

    @Test
    void shouldNotTakeAPossessiveForAnItemOfAListOfPlaces() {
        String text = "The venture in which ExxonMobil, Inpex and Russia's Lukoil hold stakes runs Tengiz.";
        assertThat(apply(text, body(text, "ExxonMobil", "ORGANIZATION", 0.7), body(text, "Inpex", "ORGANIZATION", 0.6),
                body(text, "Russia", "LOCATION", 0.9), body(text, "Lukoil", "ORGANIZATION", 0.9)))
                .extracting(RawMention::text, RawMention::type)
                .containsExactly(tuple("ExxonMobil", "ORGANIZATION"), tuple("Inpex", "ORGANIZATION"), tuple("Russia", "LOCATION"),
                        tuple("Lukoil", "ORGANIZATION"));
    }

    @Test
    void shouldReadAnOfficeOpeningAMentionTheGroupOfSevenAndAnAgreementNamedForAPlace() {
        String text = "Commissioner for Human Rights Elvira Azimova met the Group of Seven envoys; Merkel spoke of the Minsk "
                + "agreements in Minsk.";
        assertThat(apply(text, body(text, "Commissioner for Human Rights Elvira Azimova", "ORGANIZATION", 0.8),
                body(text, "Group of Seven", "MISC", 0.8), body(text, "Merkel", "PERSON", 0.9),
                body(text, "Minsk", "LOCATION", 0.9), Mentions.lastInBody(text, "Minsk", "LOCATION", 0.9)))
                .extracting(RawMention::text, RawMention::type)
                .containsExactly(tuple("Elvira Azimova", "PERSON"), tuple("Group of Seven", "ORGANIZATION"), tuple("Merkel", "PERSON"),
                        tuple("Minsk", "MISC"), tuple("Minsk", "LOCATION"));
    }

    @Test
    void shouldCutAMakerFromItsProductBeforeAProductsNounTakingInTheModelsNumber() {
        String text = "Euclid lifted off on a SpaceX Falcon 9 rocket; SpaceX Starbase staff watched.";
        assertThat(apply(text, body(text, "SpaceX Falcon", "ORGANIZATION", 0.8), body(text, "SpaceX Starbase", "ORGANIZATION", 0.8)))
                .extracting(RawMention::text, RawMention::type)
                .containsExactly(tuple("SpaceX", "ORGANIZATION"), tuple("Falcon 9", "MISC"), tuple("SpaceX Starbase", "ORGANIZATION"));
    }

    @Test
    void shouldTypeAnUnknownBodyThatItsDescriptionCallsAPlanAPlan() {
        String text = "The cable is among the flagship investments of Global Gateway, the EU's strategy to mobilise funds, and "
                + "of Temasek, the Singaporean fund that backs it.";
        assertThat(apply(text, body(text, "Global Gateway", "ORGANIZATION", 0.8), body(text, "Temasek", "ORGANIZATION", 0.8)))
                .extracting(RawMention::text, RawMention::type)
                .containsExactly(tuple("Global Gateway", "MISC"), tuple("Temasek", "ORGANIZATION"));
    }

    @Test
    void shouldTakeNoCurrencysMarkForItsCountry() {
        String text = "The IMF approved a US$2.9 billion bailout, and the U.S. Treasury and HK$ markets welcomed it.";
        assertThat(apply(text, body(text, "US", "LOCATION", 0.8), body(text, "U.S.", "LOCATION", 0.9), body(text, "HK", "LOCATION", 0.6)))
                .extracting(RawMention::text).containsExactly("U.S.");
    }

    @Test
    void shouldTypeAPartOfAContinentTypedMiscAPlace() {
        String text = "Growth in sub-Saharan Africa slowed, and sub-Saharan African exporters and Central Asian states waited.";
        assertThat(apply(text, body(text, "sub-Saharan Africa", "MISC", 0.7), body(text, "Central Asian", "MISC", 0.9)))
                .extracting(RawMention::text, RawMention::type)
                .containsExactly(tuple("sub-Saharan Africa", "LOCATION"), tuple("Central Asian", "MISC"));
    }

    @Test
    void shouldTypeANamedDialogueAnEventButKeepABodysName() {
        String text = "Tokayev spoke at the Berlin Global Dialogue before the Asian Development Bank met.";
        assertThat(apply(text, body(text, "Berlin Global Dialogue", "ORGANIZATION", 0.8), body(text, "Asian Development Bank", "ORGANIZATION", 0.9)))
                .extracting(RawMention::text, RawMention::type)
                .containsExactly(tuple("Berlin Global Dialogue", "MISC"), tuple("Asian Development Bank", "ORGANIZATION"));
    }
}
