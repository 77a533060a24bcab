package io.newsroom.bench.store;

import java.util.List;
import java.util.Set;

/**
 * What one second of the backlog soak looked like: every health probe's answer, both consumer groups, how far the
 * topics and the article table have come, and the machine's load.
 *
 * @param rawCommitted  offsets enrich-service has committed on the raw topic (all partitions)
 * @param enriched      records on the enriched topic (end offsets; a redelivered article counts twice)
 * @param stored        {@code count(*)} of the article table, -1 when it could not be read
 * @param countSeconds  how long that count took (it scans the table: its cost is part of the machine's load)
 */
record Sample(double seconds, List<HealthProbe> probes, GroupView enrichGroup, GroupView storeGroup,
              long rawCommitted, long enriched, long stored, double countSeconds, double load1) {

    /** One GET of a health endpoint; status -1 when there was no answer. */
    record HealthProbe(String service, String path, int status, String body, double seconds) {
        boolean ok() {
            return status == 200;
        }
    }

    /** A consumer group as the broker's coordinator describes it. */
    record GroupView(String group, String state, int members, int assignedPartitions, Set<String> memberIds) {

        static GroupView absent(String group) {
            return new GroupView(group, "UNKNOWN", 0, 0, Set.of());
        }

        /** No rebalance under way and every partition of the topic owned by a member. */
        boolean stable(int partitions) {
            return "STABLE".equals(state) && members > 0 && assignedPartitions == partitions;
        }
    }
}
