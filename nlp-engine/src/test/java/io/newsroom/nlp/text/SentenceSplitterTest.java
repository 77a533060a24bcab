package io.newsroom.nlp.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Sentence boundaries, in particular that headlines, datelines and tag lines stay on their own. */
class SentenceSplitterTest {

    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> split(String text) {
        return splitter.split(text, tokenizer.tokenize(text)).stream().map(s -> s.text(text)).toList();
    }

    @Test
    void shouldNeverMergeHeadlineDatelineOrTagLineWithTheNextSentence() {
        String text = "Leaders meet in Astana\nASTANA, Oct 12 (Reuters) - The summit opened on Tuesday. It ends today.\nTags: Kazakhstan, China";
        assertThat(split(text)).containsExactly("Leaders meet in Astana", "ASTANA, Oct 12 (Reuters) -",
                "The summit opened on Tuesday.", "It ends today.", "Tags: Kazakhstan, China");
    }

    @Test
    void shouldNotSplitAfterAbbreviationsOrInsideQuotes() {
        assertThat(split("Mr. Smith met Dr. Jones in the U.S. capital. \"We agreed.\" Then they left."))
                .containsExactly("Mr. Smith met Dr. Jones in the U.S. capital.", "\"We agreed.\"", "Then they left.");
    }

    @Test
    void shouldJoinHardWrappedLinesThatContinueInLowerCase() {
        assertThat(split("The minister said that the\nagreement would be signed.")).hasSize(1);
    }
}
