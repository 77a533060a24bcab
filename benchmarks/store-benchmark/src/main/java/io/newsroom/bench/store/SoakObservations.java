package io.newsroom.bench.store;

import io.newsroom.bench.store.Sample.GroupView;
import io.newsroom.bench.store.Sample.HealthProbe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the soak's samples add up to: unhealthy probes, consumer-group members, when the backlog was enriched
 * and stored. Start-up is not judged: a service's probes count from its first 200 on {@code /q/health/ready}, and the
 * groups from the first sample in which both were stable; a failure afterwards is what the soak is looking for.
 * A service's probes are judged from the sample after its first 200 on {@code /q/health/ready}.
 */
final class SoakObservations {

    static final int BODIES_KEPT = 3;
    /** A Kubernetes probe's default timeout: slower answers are reported, not failed (this machine is shared). */
    static final double SLOW_PROBE_SECONDS = 1.0;

    /** The probes of one path of one service, counted from the service's first ready answer. */
    static final class ProbeTally {
        int samples;
        int failures;
        int slow;
        double maxSeconds;
        final List<String> firstFailures = new ArrayList<>();
    }

    /** One group from the first sample in which both groups were stable. */
    static final class GroupTally {
        int membersAtStable;
        int minMembers = Integer.MAX_VALUE;
        int maxMembers;
        int unstableSamples;
        final Set<String> memberIds = new LinkedHashSet<>();

        /** Fewer members than when the group settled, or a member replaced by a new one (left and re-joined). */
        boolean lostMember() {
            return minMembers < membersAtStable || memberIds.size() > membersAtStable;
        }
    }

    private final int articles;
    private final int partitions;
    private final int enrichConsumers;
    private final int storeConsumers;
    private final Map<String, Double> firstReady = new HashMap<>();
    private final Map<String, ProbeTally> probes = new LinkedHashMap<>();
    private final Map<String, GroupTally> groups = new LinkedHashMap<>();
    private Double bothStableAt;
    private Double enrichedAllAt;
    private Double storedAllAt;
    private Sample last;
    private long maxStoreLag;
    private double maxCountSeconds;
    private double maxLoad;
    private double sumLoad;
    private int samples;

    /**
     * @param enrichConsumers consumers enrich-service runs (its {@code partitions} setting, 2 by default), and
     * @param storeConsumers  store-service's ({@code concurrency}, 2 by default): a group only counts as settled
     *                        once all have joined, else the second consumer's arrival would look like a replacement
     */
    SoakObservations(int articles, int partitions, int enrichConsumers, int storeConsumers) {
        this.articles = articles;
        this.partitions = partitions;
        this.enrichConsumers = enrichConsumers;
        this.storeConsumers = storeConsumers;
    }

    void add(Sample s) {
        samples++;
        last = s;
        sumLoad += s.load1();
        maxLoad = Math.max(maxLoad, s.load1());
        maxCountSeconds = Math.max(maxCountSeconds, s.countSeconds());
        // Judged from the sample after the first ready answer: within that sample, liveness was asked first and
        // may have met a port that was not listening yet.
        for (HealthProbe p : s.probes()) {
            if (firstReady.containsKey(p.service())) {
                tally(s.seconds(), p);
            }
        }
        for (HealthProbe p : s.probes()) {
            if (p.ok() && p.path().endsWith("/ready")) {
                firstReady.putIfAbsent(p.service(), s.seconds());
            }
        }
        if (bothStableAt == null && settled(s.enrichGroup(), enrichConsumers) && settled(s.storeGroup(), storeConsumers)) {
            bothStableAt = s.seconds();
        }
        if (bothStableAt != null) {
            tally(s.enrichGroup());
            tally(s.storeGroup());
        }
        if (s.stored() >= 0) {
            maxStoreLag = Math.max(maxStoreLag, s.enriched() - s.stored());
        }
        if (enrichedAllAt == null && s.enriched() >= articles) {
            enrichedAllAt = s.seconds();
        }
        if (storedAllAt == null && s.stored() >= articles) {
            storedAllAt = s.seconds();
        }
    }

    private boolean settled(GroupView g, int consumers) {
        return g.stable(partitions) && g.members() == consumers;
    }

    private void tally(double seconds, HealthProbe p) {
        ProbeTally t = probes.computeIfAbsent(p.service() + " " + p.path(), k -> new ProbeTally());
        t.samples++;
        t.maxSeconds = Math.max(t.maxSeconds, p.seconds());
        if (p.seconds() > SLOW_PROBE_SECONDS) {
            t.slow++;
        }
        if (!p.ok()) {
            t.failures++;
            if (t.firstFailures.size() < BODIES_KEPT) {
                t.firstFailures.add("at %.0f s: %d %s".formatted(seconds, p.status(), oneLine(p.body())));
            }
        }
    }

    private void tally(GroupView g) {
        GroupTally t = groups.computeIfAbsent(g.group(), k -> new GroupTally());
        if (t.membersAtStable == 0) {
            t.membersAtStable = g.members(); // the first tallied sample is the settled one: more than 0 members
        }
        t.minMembers = Math.min(t.minMembers, g.members());
        t.maxMembers = Math.max(t.maxMembers, g.members());
        t.memberIds.addAll(g.memberIds());
        if (!g.stable(partitions)) {
            t.unstableSamples++;
        }
    }

    private static String oneLine(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ").trim();
        return flat.length() > 400 ? flat.substring(0, 400) + "…" : flat;
    }

    /** Probes per "service path", in the order first seen. */
    Map<String, ProbeTally> probes() {
        return probes;
    }

    Map<String, GroupTally> groups() {
        return groups;
    }

    Double firstReady(String service) {
        return firstReady.get(service);
    }

    Double bothStableAt() {
        return bothStableAt;
    }

    Double enrichedAllAt() {
        return enrichedAllAt;
    }

    Double storedAllAt() {
        return storedAllAt;
    }

    Sample last() {
        return last;
    }

    long maxStoreLag() {
        return maxStoreLag;
    }

    double maxCountSeconds() {
        return maxCountSeconds;
    }

    double maxLoad() {
        return maxLoad;
    }

    double meanLoad() {
        return samples == 0 ? 0 : sumLoad / samples;
    }

    int samples() {
        return samples;
    }

    int unhealthySamples() {
        return probes.values().stream().mapToInt(t -> t.failures).sum();
    }

    boolean lostMember() {
        return groups.values().stream().anyMatch(GroupTally::lostMember);
    }
}
