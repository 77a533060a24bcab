package io.newsroom.nlp.hygiene;

import io.newsroom.nlp.linking.RawMention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newsroom.nlp.hygiene.Mentions.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class NamedOfficesTest {

    private final NamedOffices offices = new NamedOffices();

    @Test
    void shouldMakeAHeadOfStatesOfficeOneBodyWithItsCountry() {
        String text = "The Office of the President of Mongolia said so. Andriy Yermak, head of the Office of the President, agreed.";
        List<RawMention> given = List.of(body(text, "Office", "ORGANIZATION", 0.9), body(text, "Mongolia", "LOCATION", 0.9),
                body(text, "Andriy Yermak", "PERSON", 0.9), Mentions.lastInBody(text, "Office of the", "ORGANIZATION", 0.9));
        assertThat(offices.apply(given, "", text, Furniture.of(text)))
                .extracting(RawMention::text, RawMention::type)
                .containsExactlyInAnyOrder(tuple("Office of the President of Mongolia", "ORGANIZATION"),
                        tuple("Andriy Yermak", "PERSON"), tuple("Office of the President", "ORGANIZATION"));
    }

    @Test
    void shouldMakeAProsecutorGeneralsOfficeOneBody() {
        String text = "The Prosecutor General's Office opened a case.";
        assertThat(offices.apply(List.of(body(text, "Office", "ORGANIZATION", 0.9)), "", text, Furniture.of(text)))
                .extracting(RawMention::text, RawMention::type).containsExactly(tuple("Prosecutor General's Office", "ORGANIZATION"));
    }

    @Test
    void shouldLeaveAPicturesCreditAndOtherOfficesAlone() {
        String text = "Zelensky met them in Kyiv.\nPhoto: Office of the President of Ukraine\nThe Office of the Spokesperson spoke.";
        List<RawMention> given = List.of(body(text, "Zelensky", "PERSON", 0.9), body(text, "Kyiv", "LOCATION", 0.9));
        assertThat(offices.apply(given, "", text, Furniture.of(text))).isEqualTo(given);
    }
}
