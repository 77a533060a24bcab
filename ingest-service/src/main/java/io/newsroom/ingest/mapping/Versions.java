package io.newsroom.ingest.mapping;

import java.time.Instant;

/**
 * The version of an item whose source gives none (RSS, Atom, native JSON without {@code version}): the seconds
 * from 2000-01-01T00:00:00Z to its {@code versionCreated}. Monotonic in the item's own update time without any
 * state, so a later update always wins in the store; fits the contract's integer until 2068.
 */
public final class Versions {

    static final long EPOCH_2000 = 946_684_800L;

    private Versions() {
    }

    public static int fromTime(Instant versionCreated) {
        long seconds = versionCreated.getEpochSecond() - EPOCH_2000;
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, seconds));
    }
}
