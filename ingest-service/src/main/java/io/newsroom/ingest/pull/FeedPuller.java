package io.newsroom.ingest.pull;

import io.newsroom.ingest.config.FeedsConfig;
import io.newsroom.ingest.config.IngestConfig;
import io.newsroom.ingest.mapping.feed.FeedMapper;
import io.newsroom.ingest.pull.FeedFetcher.Fetched;
import io.newsroom.ingest.mapping.Item;
import io.newsroom.ingest.problem.PublishFailedException;
import io.newsroom.ingest.problem.RequestRefusedException;
import io.newsroom.ingest.service.BatchIngest;
import io.newsroom.ingest.service.BatchIngest.BatchResult;
import io.newsroom.ingest.service.IngestMetrics;
import io.newsroom.support.http.Problem;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Pulls the configured RSS/Atom feeds on their schedule with conditional GET (If-None-Match / If-Modified-Since
 * from the last answer's ETag / Last-Modified; 304 means nothing to do) and ingests every item like a pushed
 * feed. Pulls run on their own pool of {@code newsroom.pull.concurrency} threads, scheduled and manual ones alike,
 * and each fetch is bounded by {@code newsroom.pull.timeout} ({@link FeedFetcher}), so a slow or hanging feed
 * never delays another. A feed that times out, answers an error or garbage is recorded in its status (one WARN
 * line) and tried again at the next interval. Unchanged items are not published again (content hash); an item older
 * than the version already published is skipped and counted; of a feed longer than {@code max-batch-items} the newest
 * items are taken ({@link NewestItems}).
 */
@ApplicationScoped
public class FeedPuller {

    private static final Logger LOG = Logger.getLogger(FeedPuller.class);

    /** What the last pull of a feed did; {@code problem} is set when it failed. */
    public record FeedStatus(String name, String source, String url, String interval, Instant lastPull,
                             String lastOutcome, String etag, String lastModified, BatchResult lastItems, int overLimit,
                             Problem problem) {
    }

    /**
     * The result of one pull: 304 (not modified) or 200 with the items' outcomes. {@code overLimit}: items of the
     * document beyond max-batch-items, the oldest, not taken by this pull (see NewestItems).
     */
    public record PullResult(String feed, String url, int httpStatus, boolean notModified, BatchResult items, int overLimit) {
    }

    @Inject
    FeedsConfig config;

    @Inject
    IngestConfig ingestConfig;

    @Inject
    FeedFetcher fetcher;

    @Inject
    BatchIngest batches;

    @Inject
    IngestMetrics metrics;

    @Inject
    Clock clock;

    private final Map<String, FeedStatus> statuses = new ConcurrentHashMap<>();
    /** One pull per feed at a time: its ETag and Last-Modified come from the previous pull. */
    private final Map<String, ReentrantLock> feedLocks = new ConcurrentHashMap<>();
    /** A scheduled pull is queued or running: the next tick does not queue another. */
    private final Map<String, AtomicBoolean> scheduledBusy = new ConcurrentHashMap<>();
    private ScheduledExecutorService scheduler;
    private ExecutorService pulls;

    void start(@Observes StartupEvent event) {
        config.feeds().forEach((name, feed) -> {
            statuses.put(name, new FeedStatus(name, feed.source(), feed.url(), feed.interval().toString(), null, "never", null, null, null, 0, null));
            feedLocks.put(name, new ReentrantLock());
            scheduledBusy.put(name, new AtomicBoolean());
        });
        pulls = Executors.newFixedThreadPool(Math.max(1, config.concurrency()), daemonThreads("feed-pull"));
        if (config.feeds().isEmpty()) {
            return;
        }
        // The scheduler only hands pulls to the pool, so its one thread is never held by a feed.
        scheduler = Executors.newSingleThreadScheduledExecutor(daemonThreads("feed-schedule"));
        config.feeds().forEach((name, feed) -> scheduler.scheduleWithFixedDelay(() -> schedule(name),
                feed.firstPullAfter().toMillis(), feed.interval().toMillis(), TimeUnit.MILLISECONDS));
        LOG.infof("Pulling %d feed(s), at most %d at once: %s", config.feeds().size(), config.concurrency(), config.feeds().keySet());
    }

    void stop(@Observes ShutdownEvent event) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        if (pulls != null) {
            pulls.shutdownNow();
        }
    }

    public Map<String, FeedStatus> statuses() {
        return new TreeMap<>(statuses);
    }

    public FeedsConfig.Feed feed(String name) {
        return config.feeds().get(name);
    }

    /** Pulls one feed now, in the same pool as scheduled pulls (blocking); throws a 422 problem when it cannot be read. */
    public PullResult pull(String name) {
        Future<PullResult> result = pulls.submit(() -> pullLocked(name));
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw FeedFetcher.failure("feed-unreachable", "Feed unreachable", "Interrupted while waiting for feed " + name + ".");
        }
    }

    private void schedule(String name) {
        AtomicBoolean busy = scheduledBusy.get(name);
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        try {
            pulls.execute(() -> {
                try {
                    pullLocked(name);
                } catch (RequestRefusedException e) {
                    // Recorded in the feed's status and logged once already.
                } catch (RuntimeException e) {
                    LOG.warnf("Pull of feed %s failed: %s", name, e.getMessage());
                } finally {
                    busy.set(false);
                }
            });
        } catch (RuntimeException e) {
            busy.set(false);   // the pool is shutting down
        }
    }

    private PullResult pullLocked(String name) {
        ReentrantLock lock = feedLocks.get(name);
        lock.lock();
        try {
            return fetchAndIngest(name);
        } finally {
            lock.unlock();
        }
    }

    private PullResult fetchAndIngest(String name) {
        FeedsConfig.Feed feed = config.feeds().get(name);
        FeedStatus before = statuses.get(name);
        try {
            Fetched response = fetcher.fetch(feed.url(), before.etag(), before.lastModified());
            if (response.status() == 304) {
                record(name, "not-modified", before.etag(), before.lastModified(), before.lastItems(), before.overLimit(), null);
                return new PullResult(name, feed.url(), 304, true, null, 0);
            }
            if (response.status() != 200) {
                throw FeedFetcher.failure("feed-http-error", "Feed answered an error",
                        "The feed " + feed.url() + " answered HTTP " + response.status() + ".");
            }
            FeedMapper.ParsedFeed parsed;
            try {
                parsed = FeedMapper.parse(response.body(), feed.source(), feed.url(), clock.instant());
            } catch (RequestRefusedException e) {
                throw FeedFetcher.failure("feed-unreadable", "Feed unreadable",
                        "The feed " + feed.url() + " is not a usable RSS/Atom document: " + e.problem().detail());
            }
            List<Item> all = parsed.entries().all();
            List<Item> taken = NewestItems.take(all, ingestConfig.maxBatchItems());
            int overLimit = all.size() - taken.size();
            if (overLimit > 0) {
                LOG.warnf("Feed %s has %d items, more than max-batch-items (%d): the %d newest are taken, %d older ones skipped",
                        name, all.size(), ingestConfig.maxBatchItems(), taken.size(), overLimit);
                metrics.skipped("over-batch-limit", overLimit);
            }
            BatchResult items = batches.ingest(taken, true).get(ingestConfig.publishTimeout().plusSeconds(5).toMillis(),
                    TimeUnit.MILLISECONDS);
            record(name, "pulled", response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null), items, overLimit, null);
            return new PullResult(name, feed.url(), 200, false, items, overLimit);
        } catch (RequestRefusedException e) {
            LOG.warnf("Pull of feed %s failed: %s", name, e.problem().detail());
            record(name, "failed", before.etag(), before.lastModified(), before.lastItems(), before.overLimit(), e.problem());
            throw e;
        } catch (ExecutionException | TimeoutException e) {
            // The batch answers within publish-timeout by itself; this is a safety net, reported as broker trouble.
            throw new PublishFailedException("the items of " + feed.url() + " were not acknowledged: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw FeedFetcher.failure("feed-unreachable", "Feed unreachable", "Interrupted while pulling " + feed.url());
        }
    }

    private void record(String name, String outcome, String etag, String lastModified, BatchResult items, int overLimit,
                        Problem problem) {
        FeedStatus before = statuses.get(name);
        statuses.put(name, new FeedStatus(name, before.source(), before.url(), before.interval(), clock.instant(), outcome,
                etag, lastModified, items, overLimit, problem));
        metrics.feedPulled(name, outcome);
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
