package io.newsroom.nlp.linking;

import io.newsroom.nlp.analysis.Entity;
import io.newsroom.nlp.analysis.Mention;
import io.newsroom.nlp.gazetteer.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** How mentions merge into entities, and which type an entity gets. */
class EntityResolverTest {

    private static EntityResolver resolver;

    @BeforeAll
    static void load() {
        resolver = new EntityResolver(new EntityLinker(Gazetteer.loadDefault()));
    }

    /** Mentions of the text's spans in order, each "span/TYPE/confidence" at its n-th occurrence after the previous one. */
    private static List<Entity> resolve(String text, String... specs) {
        List<RawMention> mentions = new ArrayList<>();
        int from = 0;
        for (String spec : specs) {
            String[] p = spec.split("/");
            int start = text.indexOf(p[0], from);
            from = start + 1;
            mentions.add(new RawMention(Mention.BODY_TEXT, start, start + p[0].length(), p[0], Arrays.asList(p[0].split(" ")),
                    p[1], Double.parseDouble(p[2]), false));
        }
        return resolver.resolve(mentions, Map.of(), "", text);
    }

    @Test
    void shouldKeepAPersonsSurnameMentionsAPersonsWhateverAResultsLineMadeThem() {
        String text = "Astana 2-1 Celtic; Tomasov 34, 78. Marat Tomasov scored twice. Tomasov opened the scoring. Tomasov rose.";
        assertThat(resolve(text, "Tomasov/ORGANIZATION/0.9", "Marat Tomasov/PERSON/1.0", "Tomasov/ORGANIZATION/0.8",
                "Tomasov/ORGANIZATION/0.99"))
                .extracting(Entity::name, Entity::type, Entity::mentionCount).containsExactly(tuple("Marat Tomasov", "PERSON", 4));
    }

    @Test
    void shouldKeepAnAcronymDefinedInTheTextWithItsLongFormWhateverTypeItGot() {
        String text = "The Velmar Democratic Alliance (VDA) won. The VDA said so. VDA leaders met.";
        assertThat(resolve(text, "Velmar Democratic Alliance/ORGANIZATION/0.9", "VDA/LOCATION/0.6", "VDA/PERSON/0.5", "VDA/ORGANIZATION/0.7"))
                .extracting(Entity::name, Entity::type, Entity::mentionCount)
                .containsExactly(tuple("Velmar Democratic Alliance", "ORGANIZATION", 4));
    }

    @Test
    void shouldKeepABuiltPlaceNamedShorterOnePlaceButNotAnotherOne() {
        String text = "The Francis Scott Key Bridge fell. Traffic was stopped onto the Key Bridge. The Bay Bridge stayed open.";
        assertThat(resolve(text, "Francis Scott Key Bridge/LOCATION/0.9", "Key Bridge/LOCATION/0.9", "Bay Bridge/LOCATION/0.9"))
                .extracting(Entity::name, Entity::mentionCount)
                .containsExactly(tuple("Francis Scott Key Bridge", 2), tuple("Bay Bridge", 1));
    }

    @Test
    void shouldKeepTheNameAPersonGoesByWithThePersonButNotAPartyInBrackets() {
        String text = "Pushpa Kamal Dahal, better known as Prachanda, won. President Bera Tolvanen (Tolvi) spoke. Prachanda and "
                + "Tolvi met Marta Lindqvist (Labour). Labour won.";
        assertThat(resolve(text, "Pushpa Kamal Dahal/PERSON/0.9", "Prachanda/PERSON/0.8", "Bera Tolvanen/PERSON/0.9", "Tolvi/ORGANIZATION/0.6",
                "Prachanda/ORGANIZATION/0.6", "Tolvi/PERSON/0.6", "Marta Lindqvist/PERSON/0.9", "Labour/ORGANIZATION/0.9", "Labour/ORGANIZATION/0.9"))
                .extracting(Entity::name, Entity::type, Entity::mentionCount)
                .containsExactlyInAnyOrder(tuple("Pushpa Kamal Dahal", "PERSON", 3), tuple("Bera Tolvanen", "PERSON", 3),
                        tuple("Marta Lindqvist", "PERSON", 1), tuple("Labour", "ORGANIZATION", 2));
    }

    @Test
    void shouldKeepASurnameWithItsArticleOrAGluedInitialOnePerson() {
        String text = "President of Mongolia Ukhnaagiin Khurelsukh met Bashar al-Assad. President U.Khurelsukh left. Assad stayed. "
                + "Khurelsukh spoke. President U. Khurelsukh flew home; B. Assad did not.";
        assertThat(resolve(text, "Ukhnaagiin Khurelsukh/PERSON/0.9", "Bashar al-Assad/PERSON/0.9", "U.Khurelsukh/PERSON/0.9",
                "Assad/PERSON/0.9", "Khurelsukh/PERSON/0.9", "U. Khurelsukh/PERSON/0.9", "B. Assad/PERSON/0.9"))
                .extracting(Entity::name, Entity::mentionCount)
                .containsExactly(tuple("Ukhnaagiin Khurelsukh", 4), tuple("Bashar al-Assad", 3));
    }

    @Test
    void shouldKeepAGroupsShortNameWithItsNumberWithTheLongForm() {
        String text = "The cap agreed by the Group of Seven (G7) takes effect. G7 ministers met.";
        assertThat(resolve(text, "Group of Seven/ORGANIZATION/0.9", "G7/ORGANIZATION/0.9", "G7/ORGANIZATION/0.9"))
                .extracting(Entity::name, Entity::mentionCount).containsExactly(tuple("Group of Seven", 3));
    }

    @Test
    void shouldGiveASurnameTwoPeopleShareToTheOneTheArticleNamesMoreOrFirst() {
        String text = "Serdar Tolvanov signed. Serdar Tolvanov, who succeeded his father Kurban Tolvanov, spoke. Tolvanov left. "
                + "Aino Marsk met Pekka Marsk. Marsk smiled.";
        assertThat(resolve(text, "Serdar Tolvanov/PERSON/0.9", "Serdar Tolvanov/PERSON/0.9", "Kurban Tolvanov/PERSON/0.9",
                "Tolvanov/PERSON/0.9", "Aino Marsk/PERSON/0.9", "Pekka Marsk/PERSON/0.9", "Marsk/PERSON/0.9"))
                .extracting(Entity::name, Entity::mentionCount)
                .containsExactly(tuple("Serdar Tolvanov", 3), tuple("Aino Marsk", 2), tuple("Kurban Tolvanov", 1), tuple("Pekka Marsk", 1));
    }

    @Test
    void shouldKeepAShortNameWrittenAsAWordThatSpellsTheInitialsWithItsLongForm() {
        String text = "The Congress of South African Trade Unions (Cosatu) backed it. Cosatu leaders spoke.";
        assertThat(resolve(text, "Congress of South African Trade Unions/ORGANIZATION/0.9", "Cosatu/ORGANIZATION/0.9",
                "Cosatu/PERSON/0.6"))
                .extracting(Entity::name, Entity::mentionCount).containsExactly(tuple("Congress of South African Trade Unions", 3));
    }

    @Test
    void shouldLinkAFullNameWrittenFamilyNameFirstThroughItsSurname() {
        String text = "Japan held a state funeral for former prime minister Abe Shinzo in Tokyo. His widow Abe Akie attended. "
                + "Abe Shinzo led Japan twice. Abe was shot in Nara.";
        assertThat(resolve(text, "Japan/LOCATION/0.9", "Abe Shinzo/PERSON/0.9", "Tokyo/LOCATION/0.9", "Abe Akie/PERSON/0.9",
                "Abe Shinzo/PERSON/0.9", "Japan/LOCATION/0.9", "Abe/PERSON/0.9", "Nara/LOCATION/0.9"))
                .filteredOn(e -> e.name().equals("Abe Shinzo")).singleElement()
                .satisfies(e -> {
                    assertThat(e.mentionCount()).isEqualTo(3);
                    assertThat(e.wikidataId()).isEqualTo("Q132345");
                });
    }

    @Test
    void shouldKeepAPersonNamedWithoutTheSecondSurnameOnePerson() {
        String text = "Edmundo Gonz\u00e1lez Urrutia said he won. Supporters of Edmundo Gonz\u00e1lez gathered. Gonz\u00e1lez spoke.";
        assertThat(resolve(text, "Edmundo Gonz\u00e1lez Urrutia/PERSON/1.0", "Edmundo Gonz\u00e1lez/PERSON/1.0", "Gonz\u00e1lez/PERSON/1.0"))
                .extracting(Entity::name, Entity::mentionCount).containsExactly(tuple("Edmundo Gonz\u00e1lez Urrutia", 3));
    }

    @Test
    void shouldVoteWhenTheFullNamesThemselvesDisagree() {
        String text = "Snape Maltings hosts it. Snape Maltings is a venue.";
        assertThat(resolve(text, "Snape Maltings/PERSON/0.6", "Snape Maltings/LOCATION/0.9"))
                .extracting(Entity::type).containsExactly("LOCATION");
    }

    @Test
    void shouldKeepAnAcronymApartFromItsOrgansButNotFromItsParty() {
        String text = "The CICA Secretariat said CICA would meet. The Labour Party said Labour would vote.";
        assertThat(resolve(text, "CICA Secretariat/ORGANIZATION/1.0", "CICA/ORGANIZATION/1.0", "Labour Party/ORGANIZATION/1.0",
                "Labour/ORGANIZATION/1.0"))
                .extracting(Entity::name, Entity::mentionCount)
                .contains(tuple("CICA Secretariat", 1), tuple("CICA", 1))
                .noneMatch(t -> "Labour".equals(t.toList().get(0)));
    }

    @Test
    void shouldNotTakeADemonymOrAPlaceForAnOrganisationsShortName() {
        String text = "The Norwegian Handball Federation fined the Norwegian side. Crewkerne Health Centre is in Crewkerne.";
        assertThat(resolve(text, "Norwegian Handball Federation/ORGANIZATION/1.0", "Norwegian/MISC/1.0",
                "Crewkerne Health Centre/ORGANIZATION/1.0", "Crewkerne/LOCATION/0.9"))
                .extracting(Entity::name).contains("Norwegian", "Norwegian Handball Federation", "Crewkerne", "Crewkerne Health Centre");
    }

    @Test
    void shouldJoinAnAcronymToTheOneOrganisationWhoseInitialsOrBracketItIs() {
        String text = "Rosatom and China's CNNC signed. China National Nuclear Corporation said so. He headed the National "
                + "Security Committee (KNB) until 2022; the KNB denied it. The Foreign Affairs Council (EU) met.";
        assertThat(resolve(text, "CNNC/ORGANIZATION/0.9", "China National Nuclear Corporation/ORGANIZATION/1.0",
                "National Security Committee/ORGANIZATION/1.0", "KNB/ORGANIZATION/0.1", "KNB/ORGANIZATION/0.2",
                "Foreign Affairs Council/ORGANIZATION/1.0", "EU/ORGANIZATION/0.9"))
                .extracting(Entity::name, Entity::mentionCount)
                .contains(tuple("China National Nuclear Corporation", 2), tuple("National Security Committee", 3),
                        tuple("Foreign Affairs Council", 1), tuple("European Union", 1));
    }

    @Test
    void shouldJoinAnAcronymTheTextIntroducesByKnownAsToTheOrganisationBeforeIt() {
        String text = "The Disaster and Emergency Management Authority, known as AFAD, said so. AFAD later added more.";
        assertThat(resolve(text, "Disaster and Emergency Management Authority/ORGANIZATION/1.0", "AFAD/ORGANIZATION/0.9",
                "AFAD/ORGANIZATION/0.9"))
                .extracting(Entity::name, Entity::mentionCount)
                .containsExactly(tuple("Disaster and Emergency Management Authority", 3));
    }

    @Test
    void shouldJoinAnAcronymIntroducedByOrOrInBracketsThoughABrandListKnowsItsLetters() {
        String text = "The coalition united the National Action Party, or PAN, and the Institutional Revolutionary Party, "
                + "or PRI. PAN and PRI lost. Lula of the Workers' Party (PT) won; the PT will govern.";
        assertThat(resolve(text, "National Action Party/ORGANIZATION/1.0", "PAN/ORGANIZATION/0.9",
                "Institutional Revolutionary Party/ORGANIZATION/1.0", "PRI/ORGANIZATION/0.9", "PAN/ORGANIZATION/0.9",
                "PRI/ORGANIZATION/0.9", "Workers' Party/ORGANIZATION/1.0", "PT/ORGANIZATION/0.9", "PT/ORGANIZATION/0.9"))
                .as("PT is also a brand in the name-suggestion index: the article's bracket says which PT this is")
                .extracting(Entity::name, Entity::mentionCount)
                .containsExactlyInAnyOrder(tuple("National Action Party", 3), tuple("Institutional Revolutionary Party", 3),
                        tuple("Workers' Party", 3));
    }

    @Test
    void shouldLinkAPartyNamedInTheSingularAsAMembersAdjective() {
        String text = "The Liberal Democrats won the by-election in England, and the Liberal Democrat leader spoke in London.";
        assertThat(resolve(text, "Liberal Democrats/ORGANIZATION/1.0", "England/LOCATION/1.0", "Liberal Democrat/ORGANIZATION/0.9",
                "London/LOCATION/1.0"))
                .extracting(Entity::name, Entity::wikidataId, Entity::mentionCount)
                .contains(tuple("Liberal Democrats", "Q9624", 2));
    }

    @Test
    void shouldJoinABodysNameWrittenWithoutItsOwnersAcronymOrWithAnAcronymOfItsFirstWords() {
        String text = "The U.N. Security Council met. The Security Council voted. The African Union Commission and the AU "
                + "Commission agreed. Iran's Supreme National Security Council and the National Security Council spoke.";
        assertThat(resolve(text, "U.N. Security Council/ORGANIZATION/1.0", "Security Council/ORGANIZATION/0.9",
                "African Union Commission/ORGANIZATION/1.0", "AU Commission/ORGANIZATION/0.9",
                "Supreme National Security Council/ORGANIZATION/1.0", "National Security Council/ORGANIZATION/0.9"))
                .extracting(Entity::name, Entity::mentionCount)
                .contains(tuple("United Nations Security Council", 2), tuple("African Union Commission", 2),
                        tuple("Supreme National Security Council", 1), tuple("National Security Council", 1));
    }

    @Test
    void shouldTakeABodysShortNameForTheArticlesLongerNameNotANamesake() {
        String text = "The Central Bank of Brazil cut rates. The Central Bank said more cuts would come. Its Monetary Policy "
                + "Committee, known as Copom, was split; Copom will meet again.";
        assertThat(resolve(text, "Central Bank of Brazil/ORGANIZATION/1.0", "Central Bank/ORGANIZATION/0.9",
                "Monetary Policy Committee/ORGANIZATION/1.0", "Copom/ORGANIZATION/0.8", "Copom/ORGANIZATION/0.8"))
                .extracting(Entity::name, Entity::mentionCount)
                .containsExactlyInAnyOrder(tuple("Central Bank of Brazil", 2), tuple("Monetary Policy Committee", 3));
    }

    @Test
    void shouldJoinASurnameToTheArticlesFullNameBeforeAnyNamesakeTheGazetteersKnow() {
        String text = "Atiku Abubakar came second. Mr Abubakar's campaign said it would go to court.";
        assertThat(resolve(text, "Atiku Abubakar/PERSON/1.0", "Abubakar/PERSON/0.9"))
                .as("not Abdulsalami Abubakar, Nigeria's head of state in 1998-99")
                .extracting(Entity::name, Entity::wikidataId, Entity::mentionCount).containsExactly(tuple("Atiku Abubakar", null, 2));
    }

    @Test
    void shouldJoinATitledSurnameToAFullNameThatHeldATitleToo() {
        String text = "Country Liberal senator Jacinta Nampijinpa Price led the No side. Senator Price said so.";
        assertThat(resolve(text, "Jacinta Nampijinpa Price/PERSON/1.0", "Price/PERSON/0.9"))
                .extracting(Entity::name, Entity::mentionCount).containsExactly(tuple("Jacinta Nampijinpa Price", 2));
    }

    @Test
    void shouldJoinTheWordANameIsShortenedToInside() {
        String text = "Luiz Inácio Lula da Silva won. Lula thanked voters; Lula will take office in January.";
        assertThat(resolve(text, "Luiz Inácio Lula da Silva/PERSON/1.0", "Lula/PERSON/0.9", "Lula/PERSON/0.9"))
                .extracting(Entity::name, Entity::mentionCount).containsExactly(tuple("Luiz Inácio Lula da Silva", 3));
        String two = "Carlos Alcaraz beat Juan Carlos Ferrero's record. Carlos smiled.";
        assertThat(resolve(two, "Carlos Alcaraz/PERSON/1.0", "Juan Carlos Ferrero/PERSON/1.0", "Carlos/PERSON/0.9"))
                .as("a first name before a word inside another name")
                .extracting(Entity::name, Entity::mentionCount).containsExactly(tuple("Carlos Alcaraz", 2), tuple("Juan Carlos Ferrero", 1));
    }

    @Test
    void shouldMakeAPeoplesSingularAndPluralOneEntity() {
        String text = "Armenian officials said Armenians in the region lack food. Azerbaijanis deny it.";
        assertThat(resolve(text, "Armenian/MISC/0.9", "Armenians/MISC/0.9", "Azerbaijanis/MISC/0.9"))
                .extracting(Entity::name, Entity::mentionCount).containsExactly(tuple("Armenian", 2), tuple("Azerbaijanis", 1));
        String news = "Kazakhs voted on Sunday. Kazakh officials counted; Kyrgyz and Tajik observers watched.";
        assertThat(resolve(news, "Kazakhs/MISC/0.9", "Kazakh/MISC/0.9", "Kyrgyz/MISC/0.9", "Tajik/MISC/0.9"))
                .as("English news's demonyms, the plural first")
                .extracting(Entity::mentionCount).containsExactly(2, 1, 1);
    }

    @Test
    void shouldDropAnAcronymTheTextDefinesByCommonWords() {
        String text = "Qatar will supply liquefied natural gas (LNG) to Sinopec. LNG prices rose.";
        assertThat(resolve(text, "Qatar/LOCATION/1.0", "LNG/ORGANIZATION/0.6", "Sinopec/ORGANIZATION/0.9", "LNG/ORGANIZATION/0.6"))
                .extracting(Entity::name).containsExactly("Qatar", "Sinopec");
    }

    @Test
    void shouldKnowCitiesByTheNamesNewsHasUsedSinceNaturalEarthNamedThem() {
        String text = "Leaders met in Nur-Sultan. Drones hit Kyiv and Odesa.";
        assertThat(resolve(text, "Nur-Sultan/LOCATION/0.9", "Kyiv/LOCATION/0.9", "Odesa/LOCATION/0.9"))
                .extracting(Entity::name, Entity::wikidataId)
                .containsExactly(tuple("Astana", "Q1520"), tuple("Kyiv", "Q1899"), tuple("Odesa", "Q1874"));
    }

    @Test
    void shouldJoinAPlaceWrittenWithoutItsFeatureWord() {
        String text = "Leaders met at Lake Issyk-Kul; Issyk-Kul was calm.";
        assertThat(resolve(text, "Lake Issyk-Kul/LOCATION/0.9", "Issyk-Kul/LOCATION/0.8"))
                .extracting(Entity::name, Entity::mentionCount).containsExactly(tuple("Lake Issyk-Kul", 2));
    }
}
