package io.newsroom.store.write;

/** What storing one enriched event did. */
public enum StoreOutcome {
    /** First version seen of this article. */
    INSERTED,
    /** A newer version replaced the stored one. */
    UPDATED,
    /** Same id and version already stored: a redelivery, nothing changed. */
    DUPLICATE,
    /** Older than the stored version: arrived out of order, ignored. */
    STALE,
    /**
     * Same version as stored, enriched later by another enricher (a model change and {@code ./newsroom reenrich}):
     * its tags replaced the stored ones.
     */
    REENRICHED
}
