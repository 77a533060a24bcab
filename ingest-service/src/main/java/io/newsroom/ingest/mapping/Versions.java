package io.newsroom.ingest.mapping;

import java.time.Instant;

/**
 * The version of an item whose source gives none (or, for ninjs, a version that is not a number) (RSS, Atom, native JSON without {@code version}): the seconds
 * from 2000-01-01T00:00:00Z to its {@code versionCreated}. Monotonic in the item's own update time without any
 * state, so a later update always wins in the store; fits the contract's integer until 2068.
 */
public final class Versions {

    static final long EPOCH_2000 = 946_684_800L;

    private Versions() {
    }

    /**
     * The contract's version of a ninjs {@code version}, which ninjs defines as any string: a non-negative integer
     * n of up to 9 digits (AP counts from "0") becomes n + 1, so the order holds and "0" fits the contract's
     * minimum of 1; any other string gives null and the caller derives the version from the time (fromTime).
     */
    public static Integer fromNinjs(String version) {
        String value = version == null ? "" : version.strip();
        return value.matches("[0-9]{1,9}") ? Integer.parseInt(value) + 1 : null;
    }

    public static int fromTime(Instant versionCreated) {
        long seconds = versionCreated.getEpochSecond() - EPOCH_2000;
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, seconds));
    }
}
