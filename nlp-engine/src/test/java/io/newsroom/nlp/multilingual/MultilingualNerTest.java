package io.newsroom.nlp.multilingual;

import io.newsroom.nlp.NewsTagger;
import io.newsroom.nlp.analysis.Analysis;
import io.newsroom.nlp.analysis.Entity;
import io.newsroom.nlp.analysis.Mention;
import io.newsroom.nlp.gazetteer.Gazetteer;
import io.newsroom.nlp.hygiene.Furniture;
import io.newsroom.nlp.text.SentenceSplitter;
import io.newsroom.nlp.text.Token;
import io.newsroom.nlp.text.Tokenizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The trained French, German and Spanish NER in the engine (issue 19): names no gazetteer knows are found, a span the
 * gazetteer knows keeps its Wikidata id, a longer name around a gazetteer name stays whole, and a language's model is
 * read only when the first article in that language arrives.
 */
class MultilingualNerTest {

    private static NewsTagger tagger;

    @BeforeAll
    static void load() {
        tagger = NewsTagger.loadDefault();
    }

    private static Entity named(Analysis a, String name) {
        return a.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(
                () -> new AssertionError(name + " not among " + a.entities()));
    }

    @Test
    void shouldFindFrenchPeopleNoGazetteerKnowsAndKeepLinkedLeaders() {
        String head = "La BCE maintient ses taux";
        String body = "FRANCFORT - La présidente de la Banque centrale européenne, Christine Lagarde, a annoncé jeudi "
                + "que les taux resteraient inchangés. Emmanuel Macron a salué cette décision. Selon Lagarde, "
                + "l'inflation recule dans la zone euro.";
        Analysis a = tagger.analyze(head, body);

        assertThat(a.language()).isEqualTo("fr");
        Entity lagarde = named(a, "Christine Lagarde");
        assertThat(lagarde).extracting(Entity::type, Entity::key, Entity::wikidataId)
                .containsExactly("PERSON", "person:christine-lagarde", null);
        assertThat(lagarde.mentionCount()).as("the bare surname is the same person").isEqualTo(2);
        assertThat(a.entities()).extracting(Entity::name, Entity::key, Entity::type)
                .contains(tuple("Emmanuel Macron", "wikidata:Q3052772", "PERSON"));
    }

    @Test
    void shouldTagATextAsTheLanguageItsSourceDeclaredEvenWhenDetectionCannotTell() {
        String head = "Orly: vols annulés";
        String body = "Grève: contrôleurs aériens, Orly, Marseille, Nice.";
        assertThat(tagger.analyze(head, body).language()).as("too few function words to detect").isEqualTo("und");

        Analysis declared = tagger.analyze(head, body, "fr-FR");

        assertThat(declared.language()).isEqualTo("fr");
        assertThat(declared.entities()).extracting(Entity::name).contains("Marseille").doesNotContain("Grève");
        assertThat(tagger.analyze(head, body, "und").language()).as("no declaration").isEqualTo("und");
        // A declaration the text plainly contradicts does not win: this is English, whatever the source said.
        assertThat(tagger.analyze("Prime Minister visits Manchester", "The prime minister visited a hospital in Manchester "
                + "on Monday and said that the new wards would open in the spring.", "fr").language()).isEqualTo("en");
    }

    @Test
    void shouldFindGermanAndSpanishPeopleNoGazetteerKnows() {
        Analysis de = tagger.analyze("Bayern gewinnt in Dortmund",
                "Harry Kane erzielte am Samstag zwei Tore für den FC Bayern München. Trainer Vincent Kompany lobte "
                        + "die Mannschaft nach dem Spiel.");
        Analysis es = tagger.analyze("El Gobierno aprueba el presupuesto",
                "La ministra de Hacienda, María Jesús Montero, presentó el martes en Madrid el proyecto de ley. "
                        + "El presidente del Gobierno, Pedro Sánchez, defendió las cuentas ante el Congreso.");

        assertThat(de.language()).isEqualTo("de");
        assertThat(named(de, "Harry Kane").type()).isEqualTo("PERSON");
        assertThat(es.language()).isEqualTo("es");
        assertThat(named(es, "María Jesús Montero").type()).isEqualTo("PERSON");
    }

    @Test
    void shouldKeepALongerModelNameWholeAroundAGazetteerName() {
        String body = "Les joueurs de l'équipe nationale affronteront l'Irlande samedi au Stade de France, devant plus de "
                + "80 000 spectateurs. Le sélectionneur a annoncé mardi qu'il ne changerait rien à son équipe et que "
                + "tous les joueurs étaient en forme pour ce match qui sera décisif pour le titre.";
        Analysis a = tagger.analyze("Rugby : la France défie l'Irlande dans le Tournoi", body);

        assertThat(a.language()).isEqualTo("fr");
        int stadium = body.indexOf("Stade de France");
        List<Mention> countryInsideStadium = a.entities().stream().filter(e -> e.name().equals("France"))
                .flatMap(e -> e.mentions().stream())
                .filter(m -> m.field().equals(Mention.BODY_TEXT) && m.start() > stadium && m.end() <= stadium + 15).toList();
        assertThat(countryInsideStadium).as("'France' inside 'Stade de France' is not the country").isEmpty();
        assertThat(a.entities()).extracting(Entity::name, Entity::key).contains(tuple("Ireland", "wikidata:Q27"));
    }

    @Test
    void shouldReadALanguageModelOnlyWithTheFirstArticleInThatLanguage() {
        MultilingualTagger fresh = MultilingualTagger.loadDefault(Gazetteer.loadDefault());
        assertThat(fresh.modelLoaded("fr")).isFalse();
        assertThat(fresh.modelLoaded("de")).isFalse();

        String body = "Christine Lagarde a parlé jeudi à Francfort.";
        List<Token> tokens = new Tokenizer().tokenize(body);
        fresh.analyze("fr", "", List.of(), body, new SentenceSplitter().split(body, tokens), Furniture.of(body));

        assertThat(fresh.modelLoaded("fr")).isTrue();
        assertThat(fresh.modelLoaded("de")).as("German is read with the first German article").isFalse();
        assertThat(fresh.modelLoaded("es")).isFalse();
    }
}
