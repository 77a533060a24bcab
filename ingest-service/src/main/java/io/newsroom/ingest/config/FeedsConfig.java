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

    /** Longest wait for connecting to a feed and for its whole answer. */
    @WithDefault("10s")
    Duration timeout();

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
