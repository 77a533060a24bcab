package io.newsroom.faults;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves the pipeline under faults: a steady stream of articles into ingest while components are killed with
 * kill -9 and started again, then an audit of the database and the topics. Short form (mvn verify, under two
 * minutes): kill -9 enrich-service, then store-service. Long form ({@code -Pfaults-long}, docs/faults.md): every
 * fault and 10,000+ articles. Either way it prints one {@code FAULTS accepted=…} line and the recovery figures.
 */
class FaultInjectionTest {

    /**
     * Switch on once enrich-service is exactly-once (issue 13 part 1): until then a kill -9 of enrich re-enriches
     * what it had published but not committed, and the figure is printed, not asserted.
     */
    static final boolean ENRICHMENT_IS_EXACTLY_ONCE = true;

    @Test
    void shouldLoseNoAcceptedArticleAndStoreNoneTwiceWhenComponentsAreKilled() throws Exception {
        FaultSuite.Outcome outcome = FaultSuite.run(settings());
        FaultReport.print(outcome, System.out);

        Audit.Result audit = outcome.audit();
        assertThat(audit.accepted()).as("articles accepted under load").isPositive();
        assertThat(outcome.injections()).as("faults injected").hasSize(outcome.settings().faults().size());
        assertThat(audit.lost()).as("accepted but never stored, e.g. " + audit.lostSample()).isZero();
        assertThat(audit.duplicateRows()).as("rows beyond one per id").isZero();
        assertThat(outcome.client().refused()).as("valid articles refused (see the FAULTS client lines)").isZero();
        if (ENRICHMENT_IS_EXACTLY_ONCE) {
            assertThat(audit.duplicateEnriched()).as("enriched records beyond one per (id, version)").isZero();
        }
    }

    /** {@code -Dfaults.set=all -Dfaults.articles=10000} (the faults-long profile) selects the long form. */
    private static FaultSuite.Settings settings() {
        String set = System.getProperty("faults.set", "short");
        int articles = Integer.getInteger("faults.articles", 0);
        if (set.equals("short") && articles == 0) {
            return FaultSuite.Settings.shortForm();
        }
        List<Fault> faults = Fault.parse(set);
        return FaultSuite.Settings.longForm(faults, articles);
    }
}
