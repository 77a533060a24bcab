package io.newsroom.bench.store;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newsroom.bench.store.SoakObservationsTest.sample;
import static io.newsroom.bench.store.SoakObservationsTest.stable;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The soak's verdict, which becomes its exit code: lost articles, dead letters and an exited service fail it;
 * duplicates on the enriched topic (at-least-once delivery, absorbed by the store's upsert) are only reported.
 */
class SoakReportTest {

    private static final int N = 1_000;
    private static final SoakOptions OPTIONS = SoakOptions.parse(new String[]{"--articles", Integer.toString(N)});
    private static final SoakReport.Machine MACHINE = new SoakReport.Machine(2, "17", "1.0 1.0 1.0", "1.0 1.0 1.0", "2.0 1.0 1.0");
    private static final EventProducer.Produced PRODUCED = new EventProducer.Produced(N, 3_000_000, 1.0);

    @Test
    void shouldPassACleanRunThatHasDuplicatesOnTheEnrichedTopic() {
        TopicAudit.Result audit = new TopicAudit.Result(N + 7, N, 7, 7, 0, 0, 0, List.of(), 1.0);
        SoakReport.Run run = new SoakReport.Run(OPTIONS, PRODUCED, MACHINE, 1.0, N, audit, List.of(), false);

        List<String> failures = SoakReport.failures(run, healthyRun());

        assertThat(failures).isEmpty();
        assertThat(SoakReport.render(run, healthyRun(), failures)).contains("All passed", "| 7 (7) |");
    }

    @Test
    void shouldFailOnAMissingArticleADeadLetterAnExitedServiceAndATimeout() {
        TopicAudit.Result audit = new TopicAudit.Result(N - 1, N - 1, 0, 0, 1, 1, 0,
                List.of("news.dlq.enrich-service.v1 key x: broken"), 1.0);
        SoakReport.Run run = new SoakReport.Run(OPTIONS, PRODUCED, MACHINE, 1.0, N - 1, audit,
                List.of("enrich-service exited with 137"), true);

        List<String> failures = SoakReport.failures(run, healthyRun());

        assertThat(failures).containsExactlyInAnyOrder(
                "999 rows stored of 1,000",
                "1 articles never reached the enriched topic",
                "dead letters: 1 from enrich-service, 0 from store-service",
                "enrich-service exited with 137",
                "not drained within 600 s");
    }

    @Test
    void shouldFailOnAnUnhealthySampleAndALostMember() {
        SoakObservations seen = new SoakObservations(N, 12, 2, 2);
        seen.add(sample(1, 200, 200, stable("a", "b"), stable("c", "d"), 0));
        seen.add(sample(2, 200, 200, stable("a", "b"), stable("c", "d"), 0));
        seen.add(sample(3, 200, 503, stable("a"), stable("c", "d"), N));
        TopicAudit.Result audit = new TopicAudit.Result(N, N, 0, 0, 0, 0, 0, List.of(), 1.0);
        SoakReport.Run run = new SoakReport.Run(OPTIONS, PRODUCED, MACHINE, 1.0, N, audit, List.of(), false);

        assertThat(SoakReport.failures(run, seen)).containsExactlyInAnyOrder(
                "enrich-service /q/health/ready: 1 of 2 samples not 200 after first ready",
                "enrich-service lost a member: 2 at first stable, then 1-2 members, 2 distinct member ids");
    }

    private static SoakObservations healthyRun() {
        SoakObservations seen = new SoakObservations(N, 12, 2, 2);
        seen.add(sample(1, 200, 200, stable("a", "b"), stable("c", "d"), 0));
        seen.add(sample(2, 200, 200, stable("a", "b"), stable("c", "d"), N));
        return seen;
    }
}
