package io.newsroom.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;

/** RSS/Atom feeds the service pulls on a schedule (prefix {@code newsroom.pull}). */
@ConfigMapping(prefix = "newsroom.pull")
public interface FeedsConfig {

    /** Feeds by name: {@code newsroom.pull.feeds."<name>".url=…}, {@code .source=…}, {@code .interval=5m}. */
    Map<String, Feed> feeds();

    /**
     * Longest time one pull may spend fetching: connecting, every redirect hop and the whole body. Publishing the
     * items afterwards is bounded by newsroom.ingest.publish-timeout instead.
     */
    @WithDefault("10s")
    Duration timeout();

    /** Most pulls running at once (scheduled and manual together); the others wait for a free slot. */
    @WithDefault("4")
    int concurrency();

    /** Most redirects one pull follows; one more is refused as a failed pull. */
    @WithDefault("5")
    int maxRedirects();

    /**
     * Lets a redirect lead to a loopback, private, link-local, multicast, unspecified or CGNAT address. Only for
     * development against feeds on one's own machine: a feed server could otherwise point the service inward.
     */
    @WithDefault("false")
    boolean allowPrivateRedirects();

    /** Largest feed document read; a larger one is refused as a failed pull. */
    @WithDefault("5242880")
    int maxFeedBytes();

    interface Feed {
        /** http(s) URL of the RSS 2.0 or Atom 1.0 document. */
        String url();

        /** Source its items belong to (their ids and rate limit are that source's). */
        String source();

        @WithDefault("5m")
        Duration interval();

        /** Delay of the first pull after start-up. */
        @WithDefault("2s")
        Duration firstPullAfter();
    }
}
