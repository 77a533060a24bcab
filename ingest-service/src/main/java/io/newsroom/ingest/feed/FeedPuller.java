package io.newsroom.ingest.feed;

import io.newsroom.ingest.config.FeedsConfig;
import io.newsroom.ingest.config.IngestConfig;
import io.newsroom.ingest.service.BatchIngest;
import io.newsroom.ingest.service.BatchIngest.BatchResult;
import io.newsroom.ingest.service.BatchIngest.Slot;
import io.newsroom.ingest.service.IngestMetrics;
import io.newsroom.ingest.service.PublishFailedException;
import io.newsroom.ingest.service.RequestRefusedException;
import io.newsroom.schemas.Problem;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Pulls the configured RSS/Atom feeds on their schedule with conditional GET (If-None-Match / If-Modified-Since
 * from the last answer's ETag / Last-Modified; 304 means nothing to do) and ingests every item like a pushed
 * feed. A feed that times out, answers an error or garbage is recorded in its status and tried again at the next
 * interval; it never stops the others or the service. Unchanged items are not published again (content hash).
 */
@ApplicationScoped
public class FeedPuller {

    private static final Logger LOG = Logger.getLogger(FeedPuller.class);

    /** What the last pull of a feed did; {@code problem} is set when it failed. */
    public record FeedStatus(String name, String source, String url, String interval, Instant lastPull,
                             String lastOutcome, String etag, String lastModified, BatchResult lastItems, Problem problem) {
    }

    /** The result of one pull: 304 (not modified) or 200 with the items' outcomes. */
    public record PullResult(String feed, String url, int httpStatus, boolean notModified, BatchResult items) {
    }

    @Inject
    FeedsConfig config;

    @Inject
    IngestConfig ingestConfig;

    @Inject
    FeedMapper mapper;

    @Inject
    BatchIngest batches;

    @Inject
    IngestMetrics metrics;

    private final Map<String, FeedStatus> statuses = new ConcurrentHashMap<>();
    private HttpClient http;
    private ScheduledExecutorService scheduler;

    void start(@Observes StartupEvent event) {
        http = HttpClient.newBuilder().connectTimeout(config.timeout()).followRedirects(HttpClient.Redirect.NORMAL).build();
        config.feeds().forEach((name, feed) ->
                statuses.put(name, new FeedStatus(name, feed.source(), feed.url(), feed.interval().toString(), null, "never", null, null, null, null)));
        if (config.feeds().isEmpty()) {
            return;
        }
        scheduler = Executors.newScheduledThreadPool(1, r -> {
            Thread thread = new Thread(r, "feed-puller");
            thread.setDaemon(true);
            return thread;
        });
        config.feeds().forEach((name, feed) -> scheduler.scheduleWithFixedDelay(() -> pullQuietly(name),
                feed.firstPullAfter().toMillis(), feed.interval().toMillis(), TimeUnit.MILLISECONDS));
        LOG.infof("Pulling %d feed(s): %s", config.feeds().size(), config.feeds().keySet());
    }

    void stop(@Observes ShutdownEvent event) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    public Map<String, FeedStatus> statuses() {
        return new TreeMap<>(statuses);
    }

    public FeedsConfig.Feed feed(String name) {
        return config.feeds().get(name);
    }

    private void pullQuietly(String name) {
        try {
            pull(name);
        } catch (RuntimeException e) {
            LOG.warnf("Pull of feed %s failed: %s", name, e.getMessage());
        }
    }

    /** Pulls one feed now (blocking); throws a 422 problem when the feed cannot be read. */
    public synchronized PullResult pull(String name) {
        FeedsConfig.Feed feed = config.feeds().get(name);
        FeedStatus before = statuses.get(name);
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(feed.url()))
                    .timeout(config.timeout())
                    .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8")
                    .header("User-Agent", "newsroom-ingest/1.0")
                    .GET();
            if (before.etag() != null) {
                request.header("If-None-Match", before.etag());
            }
            if (before.lastModified() != null) {
                request.header("If-Modified-Since", before.lastModified());
            }
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() == 304) {
                response.body().close();
                record(name, "not-modified", before.etag(), before.lastModified(), before.lastItems(), null);
                return new PullResult(name, feed.url(), 304, true, null);
            }
            byte[] body = read(response);
            if (response.statusCode() != 200) {
                throw failure("feed-http-error", "Feed answered an error",
                        "The feed " + feed.url() + " answered HTTP " + response.statusCode() + ".");
            }
            FeedMapper.ParsedFeed parsed;
            try {
                parsed = mapper.parse(body, feed.source());
            } catch (RequestRefusedException e) {
                throw failure("feed-unreadable", "Feed unreadable",
                        "The feed " + feed.url() + " is not a usable RSS/Atom document: " + e.problem().detail());
            }
            List<Slot> slots = parsed.items().stream().map(i -> new Slot(i.ref(), i.candidate(), i.problem())).toList();
            BatchResult items = batches.ingest(slots).get(ingestConfig.publishTimeout().plusSeconds(5).toMillis(),
                    TimeUnit.MILLISECONDS);
            record(name, "pulled", response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null), items, null);
            return new PullResult(name, feed.url(), 200, false, items);
        } catch (RequestRefusedException e) {
            record(name, "failed", before.etag(), before.lastModified(), before.lastItems(), e.problem());
            throw e;
        } catch (HttpTimeoutException e) {
            RequestRefusedException failure = failure("feed-timeout", "Feed timed out",
                    "The feed " + feed.url() + " did not answer within " + config.timeout() + ".");
            record(name, "failed", before.etag(), before.lastModified(), before.lastItems(), failure.problem());
            throw failure;
        } catch (IOException | IllegalArgumentException e) {
            RequestRefusedException failure = failure("feed-unreachable", "Feed unreachable",
                    "The feed " + feed.url() + " cannot be fetched: " + e);
            record(name, "failed", before.etag(), before.lastModified(), before.lastItems(), failure.problem());
            throw failure;
        } catch (ExecutionException | TimeoutException e) {
            // The batch answers within publish-timeout by itself; this is a safety net, reported as broker trouble.
            throw new PublishFailedException("the items of " + feed.url() + " were not acknowledged: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("feed-unreachable", "Feed unreachable", "Interrupted while pulling " + feed.url());
        }
    }

    private byte[] read(HttpResponse<InputStream> response) throws IOException {
        try (InputStream in = response.body()) {
            byte[] body = in.readNBytes(config.maxFeedBytes() + 1);
            if (body.length > config.maxFeedBytes()) {
                throw failure("feed-too-large", "Feed too large",
                        "The feed has more than " + config.maxFeedBytes() + " bytes.");
            }
            return body;
        }
    }

    private void record(String name, String outcome, String etag, String lastModified, BatchResult items, Problem problem) {
        FeedStatus before = statuses.get(name);
        statuses.put(name, new FeedStatus(name, before.source(), before.url(), before.interval(), Instant.now(), outcome,
                etag, lastModified, items, problem));
        metrics.feedPulled(name, outcome);
    }

    private static RequestRefusedException failure(String slug, String title, String detail) {
        return new RequestRefusedException(Problem.of(422, slug, title, detail), Map.of());
    }
}
