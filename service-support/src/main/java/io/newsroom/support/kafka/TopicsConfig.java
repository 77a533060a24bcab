package io.newsroom.support.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How a service creates its topics at start-up (prefix {@code newsroom.topics}); the same keys in every service. */
@ConfigMapping(prefix = "newsroom.topics")
public interface TopicsConfig {

    /** Partitions of topics this service creates; bounds how many consumer instances can share a topic. */
    @WithDefault("12")
    int partitions();

    /**
     * {@code retention.ms} of news.articles.raw.v1 when this service creates it: -1 (the default) keeps every raw event,
     * so that {@code ./newsroom reenrich} can enrich the whole archive again after a model change. Applies only when the
     * topic is created; an existing topic keeps its own setting (a warning at start says when it is finite).
     */
    @WithDefault("-1")
    long rawRetentionMs();

    /** How long one attempt to create the topics may take; attempts repeat until the broker answers. */
    @WithDefault("15s")
    Duration createTimeout();
}
