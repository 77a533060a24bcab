package io.newsroom.nlp.linking;

import io.newsroom.nlp.text.Tokenizer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Acronyms defined in the text map to their long form. */
class AcronymFinderTest {

    private final AcronymFinder finder = new AcronymFinder();

    private java.util.Map<String, AcronymFinder.Definition> find(String text) {
        return finder.find(text, new Tokenizer().tokenize(text));
    }

    @Test
    void shouldFindLongFormsThatSkipWords() {
        String text = "the Conference on Interaction and Confidence-Building Measures in Asia (CICA) met.";
        assertThat(find(text)).containsKey("CICA");
        AcronymFinder.Definition d = find(text).get("CICA");
        assertThat(d.longForm()).isEqualTo("Conference on Interaction and Confidence-Building Measures in Asia");
        assertThat(text.substring(d.start(), d.end())).isEqualTo(d.longForm());
    }

    @Test
    void shouldFindSimpleDefinitionsAndIgnoreOtherBrackets() {
        assertThat(find("the World Health Organization (WHO) said").get("WHO").longForm())
                .isEqualTo("World Health Organization");
        assertThat(find("the talks (TASS reported) ended")).isEmpty();
        assertThat(find("prices rose (EUR) sharply")).isEmpty();
    }
}
