package io.newsroom.nlp.hygiene;

import io.newsroom.nlp.linking.RawMention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newsroom.nlp.hygiene.Mentions.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class MentionHygieneTest {

    @Test
    void shouldCutAPagesIconsAndGapsOutOfMentions() {
        String text = "\u2023 Xi lands in Dushanbe. Share:   WhatsApp   X   Facebook. Codes: UA  NL. Camera: Lasha Chkheidze-Berg \u00b7 Camera";
        List<RawMention> pieces = MentionHygiene.piecesOfPage(List.of(body(text, "\u2023 Xi", "ORGANIZATION", 0.9),
                body(text, "WhatsApp   X   Facebook", "ORGANIZATION", 0.9), body(text, "UA  NL", "ORGANIZATION", 0.9),
                body(text, "Lasha Chkheidze-Berg \u00b7 Camera", "MISC", 0.9), body(text, "Dushanbe", "LOCATION", 0.9)));
        assertThat(pieces).extracting(RawMention::text, RawMention::start).containsExactly(
                tuple("Xi", 2), tuple("WhatsApp", text.indexOf("WhatsApp")), tuple("Facebook", text.indexOf("Facebook")),
                tuple("Lasha Chkheidze-Berg", text.indexOf("Lasha")), tuple("Camera", text.lastIndexOf("Camera")),
                tuple("Dushanbe", text.indexOf("Dushanbe")));
        assertThat(pieces).allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
    }

    @Test
    void shouldKeepANamesClosingDotAndApostrophe() {
        String text = "The U.S. and the Brits' team met.";
        List<RawMention> given = List.of(body(text, "U.S.", "LOCATION", 0.9), body(text, "Brits'", "MISC", 0.9));
        assertThat(MentionHygiene.piecesOfPage(given)).isEqualTo(given);
    }
}
