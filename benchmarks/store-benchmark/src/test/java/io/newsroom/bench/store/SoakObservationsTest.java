package io.newsroom.bench.store;

import io.newsroom.bench.store.Sample.GroupView;
import io.newsroom.bench.store.Sample.HealthProbe;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the backlog soak counts as a failure in its per-second samples: a probe that is not 200 once the service was
 * ready (start-up is not judged), and a consumer group that shrinks or swaps a member once both groups were stable.
 */
class SoakObservationsTest {

    private static final int N = 1_000;

    @Test
    void shouldCountUnhealthyProbesOnlyAfterTheServiceWasFirstReady() {
        SoakObservations seen = new SoakObservations(N, 12, 2, 2);
        seen.add(sample(1, -1, -1, stable("a", "b"), stable("c", "d"), 0));   // not listening yet
        seen.add(sample(2, 200, 503, stable("a", "b"), stable("c", "d"), 0));  // started, not ready yet
        seen.add(sample(3, -1, 200, stable("a", "b"), stable("c", "d"), 10));  // listening between the two probes
        seen.add(sample(4, 200, 200, stable("a", "b"), stable("c", "d"), 20));
        seen.add(sample(5, 200, 503, stable("a", "b"), stable("c", "d"), 30));  // unhealthy under the backlog

        assertThat(seen.firstReady("enrich-service")).isEqualTo(3.0);
        assertThat(seen.unhealthySamples()).isEqualTo(1);
        SoakObservations.ProbeTally ready = seen.probes().get("enrich-service /q/health/ready");
        assertThat(ready.samples).isEqualTo(2);
        assertThat(ready.firstFailures).singleElement().asString().contains("at 5 s: 503", "DOWN");
    }

    @Test
    void shouldSeeAMemberLostWhenAGroupShrinksAfterBothWereStable() {
        SoakObservations seen = new SoakObservations(N, 12, 2, 2);
        seen.add(sample(1, 200, 200, new GroupView("enrich-service", "STABLE", 1, 12, Set.of("a")), stable("c", "d"), 0));
        seen.add(sample(2, 200, 200, stable("a", "b"), stable("c", "d"), 0));    // both stable from here
        seen.add(sample(3, 200, 200, new GroupView("enrich-service", "PREPARING_REBALANCE", 1, 6, Set.of("a")),
                stable("c", "d"), 0));

        assertThat(seen.bothStableAt()).isEqualTo(2.0);
        SoakObservations.GroupTally enrich = seen.groups().get("enrich-service");
        assertThat(enrich.membersAtStable).isEqualTo(2);
        assertThat(enrich.minMembers).isEqualTo(1);
        assertThat(enrich.unstableSamples).isEqualTo(1);
        assertThat(seen.lostMember()).isTrue();
    }

    @Test
    void shouldSeeAReplacedMemberAsLostEvenWhenTheCountStays() {
        SoakObservations seen = new SoakObservations(N, 12, 2, 2);
        seen.add(sample(1, 200, 200, stable("a", "b"), stable("c", "d"), 0));
        seen.add(sample(2, 200, 200, stable("a", "b"), stable("c", "e"), 0));   // d left, e joined

        assertThat(seen.groups().get("store-service").memberIds).containsExactlyInAnyOrder("c", "d", "e");
        assertThat(seen.lostMember()).isTrue();
    }

    @Test
    void shouldKeepAGroupThatStaysStableAndNoteWhenAllWereStored() {
        SoakObservations seen = new SoakObservations(N, 12, 2, 2);
        seen.add(sample(1, 200, 200, stable("a", "b"), stable("c", "d"), 500));
        seen.add(sample(2, 200, 200, stable("a", "b"), stable("c", "d"), N));

        assertThat(seen.lostMember()).isFalse();
        assertThat(seen.unhealthySamples()).isZero();
        assertThat(seen.storedAllAt()).isEqualTo(2.0);
    }

    static GroupView stable(String... members) {
        String group = members[0].compareTo("c") < 0 ? "enrich-service" : "store-service";
        return new GroupView(group, "STABLE", members.length, 12, Set.of(members));
    }

    /** enrich-service's live and ready answers as given; store-service's always 200. */
    static Sample sample(double seconds, int enrichLive, int enrichReady, GroupView enrich, GroupView store, long stored) {
        List<HealthProbe> probes = List.of(
                new HealthProbe("enrich-service", "/q/health/live", enrichLive, body(enrichLive), 0.01),
                new HealthProbe("enrich-service", "/q/health/ready", enrichReady, body(enrichReady), 0.01),
                new HealthProbe("store-service", "/q/health/live", 200, body(200), 0.01),
                new HealthProbe("store-service", "/q/health/ready", 200, body(200), 0.01));
        return new Sample(seconds, probes, enrich, store, stored, stored, stored, 0.01, 1.0);
    }

    private static String body(int status) {
        return status == 200 ? "{\"status\": \"UP\"}" : "{\n  \"status\": \"DOWN\"\n}";
    }
}
