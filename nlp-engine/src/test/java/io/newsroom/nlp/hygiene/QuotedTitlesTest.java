package io.newsroom.nlp.hygiene;

import io.newsroom.nlp.gazetteer.Gazetteer;
import io.newsroom.nlp.linking.RawMention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Titles in quotation marks become one MISC work; quoted speech, quoted words and names in scare quotes do not. */
class QuotedTitlesTest {

    /** Words news writes in lower case, standing in for the cased word classes. */
    private static final Set<String> WORDS = Set.of("monster", "unprecedented");

    private static QuotedTitles titles;

    @BeforeAll
    static void load() {
        titles = new QuotedTitles(Gazetteer.loadDefault(), w -> WORDS.contains(w.toLowerCase(Locale.ROOT)));
    }

    private static RawMention body(String text, String span, String type) {
        return Mentions.body(text, span, type, 0.9);
    }

    @Test
    void shouldMakeAQuotedTitleOneWorkInPlaceOfTheNamesFoundInsideIt() {
        String text = "It beat \u201cKillers of the Flower Moon\u201d and \u201cThe Square,\u201d while \u2018Anatomy of a Fall\u2019 won.";
        assertThat(titles.apply(List.of(body(text, "Flower Moon", "PERSON"), body(text, "The Square", "LOCATION")), "", text))
                .extracting(RawMention::text, RawMention::type)
                .containsExactlyInAnyOrder(tuple("Killers of the Flower Moon", "MISC"), tuple("The Square", "MISC"),
                        tuple("Anatomy of a Fall", "MISC"));
    }

    @Test
    void shouldLeaveSpeechQuotedWordsAndNamesInScareQuotesAlone() {
        String text = "\u201cPoland has won,\u201d he said of the \u201cunprecedented\u201d vote; \u201cUnprecedented\u201d, "
                + "\u201cMonster.\u201d and the \u201cWagner\u201d men; Kyrgyzstan\u2019s \u2018new\u2019 plan; \u201cTrump won\u201d.";
        RawMention wagner = body(text, "Wagner", "ORGANIZATION");
        assertThat(titles.apply(List.of(wagner), "", text)).containsExactly(wagner);
    }

    @Test
    void shouldTellTitlesFromOtherQuotations() {
        assertThat(QuotedTitles.isTitle("Eat Out to Help Out")).isTrue();
        assertThat(QuotedTitles.isTitle("The Zone of Interest")).isTrue();
        assertThat(QuotedTitles.isTitle("Sort of")).as("one capital among two words").isFalse();
        assertThat(QuotedTitles.isTitle("We won the vote")).isFalse();
        assertThat(QuotedTitles.isTitle("STOP THE WAR")).as("capitals tell nothing").isFalse();
    }
}
