package io.newsroom.faults;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A feed's client: several threads post a steady stream of new articles to ingest, each with its source's key.
 * A 503 or a connection error is retried with the same body after a backoff, as a well-behaved client does; an id
 * counts as accepted once ingest answered 202 (or 200 unchanged for a retry it already had). Every second in which
 * some request failed is remembered, so each fault's client-visible outage can be read off afterwards.
 */
final class LoadClient {

    /** A client gives an article up after retrying this long (it is then not counted as accepted). */
    private static final long GIVE_UP_NANOS = Duration.ofMinutes(3).toNanos();
    private static final long MAX_BACKOFF_MS = 4_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI articles;
    private final List<ArticleFactory> factories;
    private final long intervalNanos;
    private final AtomicLong nextSlot = new AtomicLong(System.nanoTime());
    private final Set<String> accepted = ConcurrentHashMap.newKeySet();
    private final ConcurrentSkipListSet<Long> errorSeconds = new ConcurrentSkipListSet<>();
    private final AtomicInteger failedAttempts = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger abandoned = new AtomicInteger();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean stopping;

    /** One thread per factory (each its own source), together at most {@code perSecond} new articles a second. */
    LoadClient(URI articles, List<ArticleFactory> factories, double perSecond) {
        this.articles = articles;
        this.factories = factories;
        this.intervalNanos = (long) (1e9 / perSecond);
    }

    void start() {
        for (ArticleFactory factory : factories) {
            Thread thread = new Thread(() -> run(factory), "load-" + factory.source());
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    /** Stops starting new articles; the ones in flight are still retried until answered (or given up). */
    void stop() throws InterruptedException {
        stopping = true;
        for (Thread thread : threads) {
            thread.join(GIVE_UP_NANOS / 1_000_000 + 30_000);
        }
    }

    Set<String> acceptedIds() {
        return Set.copyOf(accepted);
    }

    int acceptedCount() {
        return accepted.size();
    }

    /** Seconds (epoch) in which at least one request got a 503, a timeout or a connection error. */
    Set<Long> errorSeconds() {
        return Set.copyOf(errorSeconds);
    }

    int failedAttempts() {
        return failedAttempts.get();
    }

    /** Answers other than 202/200/503 (a 4xx for a valid article is a bug, not an outage). */
    int refused() {
        return refused.get();
    }

    int abandoned() {
        return abandoned.get();
    }

    private void run(ArticleFactory factory) {
        while (!stopping) {
            pace();
            if (!stopping) {
                send(factory.next(), factory.source());
            }
        }
    }

    private void pace() {
        long now = System.nanoTime();
        // After a long outage, do not burst to catch up the whole backlog of slots: a feed sends what is new now.
        nextSlot.accumulateAndGet(now - 1_000_000_000L, Math::max);
        long slot = nextSlot.getAndAdd(intervalNanos);
        long wait = slot - now;
        if (wait > 0) {
            sleep(wait / 1_000_000);
        }
    }

    private void send(String body, String source) {
        long started = System.nanoTime();
        long backoff = 250;
        HttpRequest request = HttpRequest.newBuilder(articles)
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + Pipeline.SOURCE_KEY_PREFIX + source)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        while (System.nanoTime() - started < GIVE_UP_NANOS) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status == 202 || status == 200) {
                    accepted.add(JSON.readTree(response.body()).get("id").asText());
                    return;
                }
                if (status != 503 && status != 429) {
                    refused.incrementAndGet();
                    System.err.println("FAULTS client: unexpected " + status + " " + response.body());
                    return;
                }
            } catch (IOException e) {
                // connection refused or reset, or no answer in time: the outcome is unknown, so send the same again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            failedAttempts.incrementAndGet();
            errorSeconds.add(System.currentTimeMillis() / 1_000);
            sleep(backoff + ThreadLocalRandom.current().nextLong(backoff / 2 + 1));
            backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
        }
        abandoned.incrementAndGet();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
