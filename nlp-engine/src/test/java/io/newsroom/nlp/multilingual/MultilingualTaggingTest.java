package io.newsroom.nlp.multilingual;

import io.newsroom.nlp.NewsTagger;
import io.newsroom.nlp.analysis.Analysis;
import io.newsroom.nlp.analysis.Category;
import io.newsroom.nlp.analysis.Entity;
import io.newsroom.nlp.analysis.Mention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The non-English path of the engine (issue 19): French, German and Spanish names found by gazetteer and linked to the
 * Wikidata ids the English linker gives, the per-language stop rules (German nouns, sentence-initial function words),
 * and a topic only when keywords and entities agree clearly. The sample articles are covered in nlp-tools
 * (SampleArticlesMultilingualTest), which reads samples/.
 */
class MultilingualTaggingTest {

    private static NewsTagger tagger;

    @BeforeAll
    static void load() {
        tagger = NewsTagger.loadDefault();
    }

    private static List<String> mentionTexts(Analysis a, String head) {
        List<String> out = new ArrayList<>();
        for (Entity e : a.entities()) {
            for (Mention m : e.mentions()) {
                String field = Mention.HEADLINE.equals(m.field()) ? head : a.bodyText();
                out.add(field.substring(m.start(), m.end()));
            }
        }
        return out;
    }

    @Test
    void shouldLinkFrenchCountriesOrganisationsAndLeadersAsEnglishDoes() {
        String head = "L'Allemagne et la France plaident à l'ONU pour un cessez-le-feu";
        String body = "NEW YORK - Emmanuel Macron a appelé mardi l'OTAN et les Nations unies à soutenir un plan de paix. "
                + "Selon Macron, l'Union européenne est prête à financer la reconstruction, et les Français y sont favorables.";
        Analysis a = tagger.analyze(head, body);

        assertThat(a.language()).isEqualTo("fr");
        assertThat(a.entities()).extracting(Entity::name, Entity::key, Entity::type).contains(
                tuple("Germany", "wikidata:Q183", "LOCATION"),
                tuple("France", "wikidata:Q142", "LOCATION"),
                tuple("United Nations", "wikidata:Q1065", "ORGANIZATION"),
                tuple("North Atlantic Treaty Organisation", "wikidata:Q7184", "ORGANIZATION"),
                tuple("European Union", "wikidata:Q458", "ORGANIZATION"),
                tuple("Emmanuel Macron", "wikidata:Q3052772", "PERSON"),
                tuple("French", "misc:french", "MISC"));
        Entity macron = a.entities().stream().filter(e -> e.name().equals("Emmanuel Macron")).findFirst().orElseThrow();
        assertThat(macron.mentionCount()).as("the bare surname is the same person").isEqualTo(2);
        assertThat(mentionTexts(a, head)).contains("Allemagne", "ONU", "OTAN", "Nations unies", "Union européenne", "Macron")
                .doesNotContain("L'Allemagne", "l'ONU");
        assertThat(a.categories()).extracting(c -> c.code()).containsExactly("medtop:11000000");
    }

    @Test
    void shouldNotTurnGermanNounsOrSentenceStartsIntoEntities() {
        String head = "Essen und Mode: Die Preise steigen weiter";
        String body = "Die Regierung will das Essen in Schulen günstiger machen. Der Verband der Bäcker sprach von einer "
                + "schwierigen Lage für die Betriebe, die Kunden kaufen weniger Brot und Kuchen als im vergangenen Jahr. "
                + "Man rechnet mit weiter steigenden Preisen.";
        Analysis a = tagger.analyze(head, body);

        assertThat(a.language()).isEqualTo("de");
        assertThat(a.entities()).as("'Man' is no Isle of Man, 'Essen' no city, nouns no names").isEmpty();
    }

    @Test
    void shouldLinkGermanNamesAndAcronymsOnlyInCapitals() {
        String head = "Deutschland und Frankreich wollen mehr Geld für die UNO";
        String body = "BERLIN - Die Bundesregierung hat am Montag zusammen mit Frankreich eine Initiative bei den Vereinten "
                + "Nationen vorgestellt. Auch die EZB und der IWF begrüßten die Pläne Deutschlands, die WHO will sich beteiligen.";
        Analysis a = tagger.analyze(head, body);

        assertThat(a.entities()).extracting(Entity::key).contains("wikidata:Q183", "wikidata:Q142", "wikidata:Q1065",
                "wikidata:Q8901", "wikidata:Q7804", "wikidata:Q7817", "wikidata:Q64");
        Entity germany = a.entities().stream().filter(e -> e.key().equals("wikidata:Q183")).findFirst().orElseThrow();
        assertThat(germany.mentionCount()).as("Deutschland and the genitive Deutschlands").isEqualTo(2);
        assertThat(mentionTexts(a, head)).doesNotContain("Die", "Bundesregierung", "Initiative", "Pläne");
    }

    @Test
    void shouldNotReadAFrenchArticleAsTheUnitedNations() {
        String body = "Un accord a été trouvé lundi soir entre les syndicats et la direction de l'usine. Une nouvelle réunion "
                + "est prévue la semaine prochaine pour fixer les détails du plan social.";
        Analysis a = tagger.analyze("Un accord trouvé à l'usine", body);

        assertThat(a.language()).isEqualTo("fr");
        assertThat(a.entities()).isEmpty();
    }

    @Test
    void shouldLinkClubsTheEnglishGazetteersKnowAndTheShortNameTheModelTypesAsAnOrganisation() {
        String body = "LEVERKUSEN - Bayer Leverkusen hat das Spitzenspiel der Bundesliga gegen Borussia Dortmund mit 3:1 "
                + "gewonnen. Dortmund verliert damit den Anschluss an die Spitze.";
        Analysis a = tagger.analyze("Leverkusen gewinnt Spitzenspiel gegen Dortmund", body);

        assertThat(a.language()).isEqualTo("de");
        assertThat(a.entities()).extracting(Entity::name, Entity::key).contains(
                tuple("Bayer Leverkusen", "wikidata:Q104761"), tuple("Borussia Dortmund", "wikidata:Q41420"));
        assertThat(a.entities()).filteredOn(e -> "wikidata:Q41420".equals(e.key())).as("Dortmund is the club, one entity")
                .singleElement().extracting(Entity::mentionCount).isEqualTo(3);

        Analysis politics = tagger.analyze("Bayern stimmt zu",
                "MÜNCHEN - Bayern hat dem Gesetz im Bundesrat am Freitag zugestimmt, teilte die Staatskanzlei mit.");
        assertThat(politics.entities()).extracting(Entity::key).as("no club where no club or federation is named")
                .doesNotContain("wikidata:Q15789");
    }

    @Test
    void shouldGiveASpanishTopicOnlyWhenTheEvidenceIsClear() {
        Analysis sport = tagger.analyze("El Real Madrid gana la liga",
                "MADRID - El Real Madrid ganó este domingo su partido ante el Sevilla FC con dos goles de su delantero y "
                        + "se proclamó campeón de la liga. El entrenador dedicó la victoria a la afición del estadio.");
        assertThat(sport.language()).isEqualTo("es");
        assertThat(sport.entities()).extracting(Entity::name).contains("Real Madrid", "Sevilla FC", "Madrid");
        assertThat(sport.categories()).hasSize(1);
        assertThat(sport.categories().get(0).code()).isEqualTo("medtop:15000000");
        // the trained Spanish model's topic, its probability as confidence (issue 19, part 2)
        assertThat(sport.categories().get(0).confidence()).isBetween(MultilingualTagger.MIN_LEARNED_PROBABILITY, 1.0);

        Analysis thin = tagger.analyze("Una tarde en el parque",
                "Los vecinos del barrio se reunieron el sábado en el parque para celebrar la llegada del otoño con música y comida.");
        assertThat(thin.language()).isEqualTo("es");
        // No keyword evidence; the trained model reads a neighbourhood feast with music and food as leisure (IPTC
        // lifestyle and leisure), and says it is unsure.
        assertThat(thin.categories()).extracting(Category::code).containsExactly("medtop:10000000");
        assertThat(thin.categories().get(0).confidence()).isLessThan(0.5);

        Analysis unknown = tagger.analyze("Xqzv brml", "Xqzv brml trpk vlnq zzyx qwrt plmk, brml xqzv trpk.");
        assertThat(unknown.categories()).isEmpty();
    }
}
