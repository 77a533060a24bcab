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

/** Organisations the recogniser left out, spotted by the gazetteers, and the words that only look like them. */
class MissedOrganisationsTest {

    /** Words news writes in lower case, standing in for the cased word classes. */
    private static final Set<String> WORDS = Set.of("but", "labour", "who", "reading", "share", "doctor", "market");

    private static MissedOrganisations missed;

    @BeforeAll
    static void load() {
        missed = new MissedOrganisations(Gazetteer.loadDefault(), w -> WORDS.contains(w.toLowerCase(Locale.ROOT)));
    }

    private static List<RawMention> spotted(String text, RawMention... found) {
        List<RawMention> out = missed.apply(List.of(found), "", text);
        return out.subList(found.length, out.size());
    }

    private static RawMention body(String text, String span, String type) {
        return Mentions.body(text, span, type, 0.9);
    }

    @Test
    void shouldAddACompanyTheRecogniserMissedAsAnOrganisation() {
        String text = "Google, Meta and Amazon were not involved. But TotalEnergies signed; Primark's sales rose.";
        assertThat(spotted(text, body(text, "Meta", "ORGANIZATION"), body(text, "Amazon", "LOCATION")))
                .extracting(RawMention::text, RawMention::type, RawMention::start)
                .containsExactly(tuple("Google", "ORGANIZATION", 0),
                        tuple("TotalEnergies", "ORGANIZATION", text.indexOf("TotalEnergies")),
                        tuple("Primark", "ORGANIZATION", text.indexOf("Primark")));
    }

    @Test
    void shouldLeaveANameAMentionAlreadyCovers() {
        String text = "Shares of Google Cloud rose.";
        assertThat(spotted(text, body(text, "Google Cloud", "ORGANIZATION"))).isEmpty();
        assertThat(spotted("Alphabet's Google Cloud unit grew.")).isEmpty(); // "Google Cloud" as a whole is no known name
    }

    @Test
    void shouldTakeAWordThatIsAlsoABodysNameOnlyInsideASentence() {
        String inside = "He accused Labour of having no plan.";
        assertThat(spotted(inside)).extracting(RawMention::text).containsExactly("Labour");
        assertThat(spotted("Labour market data rose.")).isEmpty();
        assertThat(spotted("Akshata Murty: Who is Rishi Sunak's wife?")).isEmpty();
        assertThat(spotted("The Doctor Who star spoke.")).isEmpty();
        assertThat(spotted("Share this article")).isEmpty();
    }

    @Test
    void shouldTakeASentencesFirstWordForAPartyWhenAMembersRoleFollows() {
        String text = "Labour leader Sir Keir Starmer demanded an election.";
        assertThat(spotted(text, body(text, "Keir Starmer", "PERSON"))).extracting(RawMention::text, RawMention::start)
                .containsExactly(tuple("Labour", 0));
        assertThat(spotted("Labour shortages hit farms.")).isEmpty();
    }

    @Test
    void shouldLeaveAPartOfALongerNameAndTwoCapitalsAlone() {
        assertThat(spotted("She studied at the University of Reading and met the Duchess of Sussex.")).isEmpty();
        assertThat(spotted("The PA news agency and AP reported it.")).isEmpty();
    }

    @Test
    void shouldGetThroughAnyLengthOfCapitalsAndEndARunAtASentencesEnd() {
        String shouting = "GOOGLE ".repeat(200_000);
        assertThat(spotted(shouting)).as("a run of 200,000 capitalised words: no stack overflow, and no name").isEmpty();
        assertThat(spotted("A.".repeat(100_000) + " Google")).as("one word of 100,000 initials").isEmpty();
        assertThat(spotted("They bought ads from Google. The deal closed.")).extracting(RawMention::text).containsExactly("Google");
    }
}
