package io.newsroom.nlp.cli;

import io.newsroom.nlp.train.MasakhaNewsCorpus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code link-report test-NNNN}: rows are numbered from 1; a number outside the split is "no such row", not a crash. */
class LinkReportCommandTest {

    private static final List<MasakhaNewsCorpus.Row> ROWS = List.of(
            new MasakhaNewsCorpus.Row("1", "politics", "First headline", "First text", "u1"),
            new MasakhaNewsCorpus.Row("2", "sports", "Second headline", "Second text", "u2"));

    @Test
    void shouldNumberRowsFromOne() {
        assertThat(LinkReportCommand.row(ROWS, "0001")).hasValueSatisfying(r -> assertThat(r).containsExactly("First headline", "First text"));
        assertThat(LinkReportCommand.row(ROWS, "2")).hasValueSatisfying(r -> assertThat(r[0]).isEqualTo("Second headline"));
    }

    @Test
    void shouldFindNoRowOutsideTheSplitOrForANonNumber() {
        assertThat(LinkReportCommand.row(ROWS, "0000")).isEmpty();
        assertThat(LinkReportCommand.row(ROWS, "3")).isEmpty();
        assertThat(LinkReportCommand.row(ROWS, "x1")).isEmpty();
    }
}
