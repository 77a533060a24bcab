package io.newsroom.store.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Typed configuration of store-service (prefix {@code newsroom.store}). */
@ConfigMapping(prefix = "newsroom.store")
public interface StoreConfig {

    /** How often an open stream looks for newly stored articles. */
    @WithDefault("500ms")
    Duration streamPollInterval();

    /**
     * Longest a read query may run; past it the request is answered 503 instead of holding a connection. Also the
     * longest wait for any answer of the server on a connection (the socket's timeout), so the limit holds when the
     * server does not answer at all (frozen, or gone without closing the connection).
     */
    @WithDefault("5")
    int queryTimeoutSeconds();

    /**
     * Longest wait for an answer of the server while storing a batch (one statement or the commit; a batch makes a
     * handful). Past it the attempt counts as an outage and is retried; far above what a write takes (milliseconds).
     */
    @WithDefault("30s")
    Duration writeTimeout();

    /** Full-text results are ranked among this many newest matches (bounds the cost of common words). */
    @WithDefault("200")
    int rankCandidates();

    /** Facet counts cover this many newest matches of the filter (exact when fewer match). */
    @WithDefault("5000")
    int facetScope();

    /** Articles one stream query reads; a poll reads such pages until it has caught up (see streamMaxPerPoll). */
    @WithDefault("100")
    int streamBatch();

    /**
     * Most articles one stream poll sends; the rest follow on the next poll. At the default poll interval a subscriber
     * catches up at up to 4,000 articles/s, far above what the store writes on one machine.
     */
    @WithDefault("2000")
    int streamMaxPerPoll();
}
