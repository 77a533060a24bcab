package io.newsroom.enrich.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * How the service reads news.articles.raw.v1 and writes its results (prefix {@code newsroom.enrich}). Client settings
 * beyond these ({@code kafka.*}, e.g. security) are passed through to both the consumers and the producers.
 */
@ConfigMapping(prefix = "newsroom.enrich")
public interface EnrichConsumerConfig {

    /**
     * Consume-tag-produce loops in this instance, each with its own consumer, transactional producer and partitions:
     * tagging is CPU-bound, so one per core. Scale further with instances.
     */
    @WithDefault("2")
    int consumers();

    /**
     * Records one poll hands over, enriched and committed in one transaction. Bounds the work a transaction holds
     * (seconds even with a cold engine on a busy machine) and what a crash makes the next owner redo.
     */
    @WithDefault("20")
    int maxPollRecords();

    /**
     * A fetch waits for this much new data (or {@link #fetchMaxWait()}) before it answers. Under live load the raw topic
     * arrives an article at a time, and each poll is a transaction of its own (begin, offsets, commit markers): grouping
     * a few articles per poll costs at most the wait in latency and saves broker and enrich CPU per article
     * (docs/benchmarks.md, "Whole pipeline"). A backlog fills the fetch at once and is not slowed.
     */
    @WithDefault("32768")
    int fetchMinBytes();

    /** The longest a fetch waits for {@link #fetchMinBytes()}. */
    @WithDefault("50ms")
    Duration fetchMaxWait();

    /**
     * How long the broker lets a member go unheard before its partitions move. A restarted instance takes its own
     * partitions back at once (static membership); this only bounds the wait for an instance that does not come back.
     */
    @WithDefault("10s")
    Duration sessionTimeout();

    /**
     * How long an open transaction may last before the broker aborts it; read_committed readers of
     * news.articles.enriched.v1 wait behind an open transaction, so an instance that dies and does not come back holds
     * them this long. Must exceed the time a poll's records take to tag.
     */
    @WithDefault("30s")
    Duration transactionTimeout();

    /** First wait after a failed transaction (broker away, fenced); doubles up to {@link #maxRetryBackoff()}. */
    @WithDefault("1s")
    Duration retryBackoff();

    @WithDefault("30s")
    Duration maxRetryBackoff();
}
