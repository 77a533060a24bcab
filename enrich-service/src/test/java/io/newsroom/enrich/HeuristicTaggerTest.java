package io.newsroom.enrich;

import io.newsroom.enrich.tagging.HeuristicTagger;
import io.newsroom.enrich.tagging.Tags;
import io.newsroom.schemas.EnrichedArticle.Category;
import io.newsroom.schemas.EnrichedArticle.Entity;
import io.newsroom.schemas.EnrichedArticle.EntityType;
import io.newsroom.schemas.EnrichedArticle.Mention;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The skeleton tagger computes its tags from the text: offsets point at the names, categories follow the words. */
class HeuristicTaggerTest {

    private final HeuristicTagger tagger = new HeuristicTagger();

    @Test
    void shouldFindNamesWithOffsetsIntoTheText() {
        String body = "President Kassym-Jomart Tokayev met the European Commission in Astana on Monday. "
                + "Kassym-Jomart Tokayev said the talks with the government were useful.";
        Tags tags = tagger.tag("Tokayev hosts EU talks", body);

        Entity person = tags.entities().stream().filter(e -> e.name().equals("Kassym-Jomart Tokayev")).findFirst().orElseThrow();
        assertThat(person.type()).isEqualTo(EntityType.PERSON);
        assertThat(person.mentionCount()).isEqualTo(2);
        for (Mention m : person.mentions()) {
            assertThat(tags.bodyText().substring(m.start(), m.end())).isEqualTo("Kassym-Jomart Tokayev");
        }
        assertThat(tags.entities()).extracting(Entity::name).contains("European Commission", "Astana");
        assertThat(tags.entities()).filteredOn(e -> e.name().equals("European Commission"))
                .extracting(Entity::type).containsExactly(EntityType.ORGANIZATION);
        assertThat(tags.entities()).filteredOn(e -> e.name().equals("Astana"))
                .extracting(Entity::type).containsExactly(EntityType.LOCATION);
    }

    @Test
    void shouldCategoriseByWhatTheArticleIsAbout() {
        Tags sport = tagger.tag("United win the cup", "The team won the match with a late goal and the coach praised every player.");
        Tags politics = tagger.tag("Parliament vote", "The government lost the vote in parliament and the minister said the party would hold talks.");

        assertThat(sport.categories()).extracting(Category::code).first().isEqualTo("medtop:15000000");
        assertThat(politics.categories()).extracting(Category::code).first().isEqualTo("medtop:11000000");
    }

    @Test
    void shouldStripHtmlAndKeepParagraphs() {
        Tags tags = tagger.tag("Headline", "<p>The first <b>paragraph</b> is here.</p><script>alert(1)</script><p>The second one.</p>");
        assertThat(tags.bodyText()).isEqualTo("The first paragraph is here.\n\nThe second one.");
        assertThat(tags.summary()).isEqualTo("The first paragraph is here.");
    }

    @Test
    void shouldPassNonEnglishThroughWithItsLanguageAndNoEnglishTags() {
        Tags tags = tagger.tag("Le gouvernement annonce des mesures",
                "Le gouvernement a présenté mardi les mesures pour les agriculteurs, qui sont dans la rue depuis une semaine.");
        assertThat(tags.language()).isEqualTo("fr");
        assertThat(tags.entities()).isEmpty();
        assertThat(tags.categories()).isEmpty();
    }

    @Test
    void shouldCopeWithEmptyAndMalformedBodies() {
        assertThat(tagger.tag(null, null).bodyText()).isEmpty();
        assertThat(tagger.tag("H", "<p>unclosed <b>tags <i>everywhere").bodyText()).isEqualTo("unclosed tags everywhere");
    }
}
