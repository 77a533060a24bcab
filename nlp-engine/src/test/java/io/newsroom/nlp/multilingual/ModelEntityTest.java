package io.newsroom.nlp.multilingual;

import io.newsroom.nlp.analysis.Entity;
import io.newsroom.nlp.analysis.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A name the fr/de/es model found in several places is one entity, whatever type each span got: the type the spans'
 * confidence favours (an outside trial saw "Santiago Bernabéu" stored twice, a place in the headline and a person in
 * the body).
 */
class ModelEntityTest {

    @Test
    void shouldMakeOneEntityOfANameTypedTwoWaysWithTheTypeTheConfidenceFavours() {
        Entity e = MultilingualTagger.entity("santiago-bernabeu", "Santiago Bernabéu", List.of(
                new MultilingualTagger.ModelSpan(Mention.HEADLINE, 10, 27, "PERSON", 0.4),
                new MultilingualTagger.ModelSpan(Mention.BODY_TEXT, 40, 57, "LOCATION", 0.7),
                new MultilingualTagger.ModelSpan(Mention.BODY_TEXT, 90, 107, "LOCATION", 0.6)));

        assertThat(e.type()).isEqualTo("LOCATION");
        assertThat(e.key()).isEqualTo("location:santiago-bernabeu");
        assertThat(e.mentionCount()).isEqualTo(3);
        assertThat(e.mentions().get(0).field()).as("headline mentions first").isEqualTo(Mention.HEADLINE);
    }
}
