package io.newsroom.bench.store;

import io.newsroom.bench.store.QueryClasses.QueryClass;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends one query class at a fixed rate, open loop: request k is due at start + k/rate whatever happened to the
 * earlier ones, and its latency is counted from that due time. A slow response therefore shows up in the latency
 * of every request queued behind it (no coordinated omission), as users arriving at that rate would see it.
 */
final class OpenLoopLoad {

    record Stats(QueryClass queryClass, String example, Histogram micros, long errors, double meanHits) {
        double ms(double percentile) {
            return micros.getValueAtPercentile(percentile) / 1000.0;
        }

        double maxMs() {
            return micros.getMaxValue() / 1000.0;
        }
    }

    private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(5);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    OpenLoopLoad(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    Stats run(QueryClass queryClass, int rate, int seconds, long seed) throws InterruptedException {
        SplittableRandom random = new SplittableRandom(seed);
        ConcurrentHistogram latencies = new ConcurrentHistogram(MAX_MICROS, 3);
        AtomicLong errors = new AtomicLong();
        AtomicLong hits = new AtomicLong();
        AtomicLong answered = new AtomicLong();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        String example = queryClass.next().apply(new SplittableRandom(seed));
        long period = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        int total = rate * seconds;
        for (int k = 0; k < total; k++) {
            long due = start + k * period;
            String uri = baseUrl + "/articles?" + queryClass.next().apply(random);
            waitUntil(due);
            HttpRequest request = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(60)).build();
            pending.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, failure) -> {
                latencies.recordValue(Math.min(MAX_MICROS, (System.nanoTime() - due) / 1000));
                if (failure != null || response.statusCode() != 200) {
                    errors.incrementAndGet();
                } else {
                    hits.addAndGet(itemCount(response.body()));
                    answered.incrementAndGet();
                }
            }));
        }
        for (CompletableFuture<?> f : pending) {
            try {
                f.get(90, TimeUnit.SECONDS);
            } catch (Exception e) {
                // counted as an error in whenComplete
            }
        }
        return new Stats(queryClass, example, latencies, errors.get(), answered.get() == 0 ? 0 : hits.get() / (double) answered.get());
    }

    private static void waitUntil(long due) {
        long wait;
        while ((wait = due - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    /** The list's "count": how many articles the page held, to show each class really matches something. */
    private static long itemCount(byte[] body) {
        try {
            return Json.MAPPER.readTree(body).path("count").asLong();
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
