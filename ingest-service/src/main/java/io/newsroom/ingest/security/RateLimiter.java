package io.newsroom.ingest.security;

import io.newsroom.ingest.config.IngestConfig;
import io.newsroom.ingest.problem.RequestRefusedException;
import io.newsroom.support.http.Problem;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per source: {@code rate-limit-per-second} requests per second on average, {@code rate-limit-burst}
 * at once. A batch or a pushed feed is one request. Over the limit: 429 with the seconds until a request fits.
 */
@ApplicationScoped
public class RateLimiter {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Map<String, double[]> overrides = new ConcurrentHashMap<>();
    private final double defaultRate;
    private final int burst;

    public RateLimiter(IngestConfig config) {
        this.defaultRate = config.rateLimitPerSecond();
        this.burst = config.rateLimitBurst();
        for (String entry : config.rateLimits().orElse(List.of())) {
            String[] parts = entry.strip().split(":");
            if (parts.length < 2 || parts.length > 3) {
                throw new IllegalArgumentException("newsroom.ingest.rate-limits entry must be <source>:<per second>[:<burst>], got: " + entry);
            }
            overrides.put(parts[0], new double[]{Double.parseDouble(parts[1]),
                    parts.length == 3 ? Double.parseDouble(parts[2]) : burst});
        }
    }

    /** Takes one request from the source's bucket, or throws 429 with Retry-After. */
    public void acquire(String source) {
        double[] limit = overrides.getOrDefault(source, new double[]{defaultRate, burst});
        double rate = limit[0];
        Bucket bucket = buckets.computeIfAbsent(source, s -> new Bucket(Math.max(limit[1], 1), rate));
        long waitNanos = bucket.tryTake(System.nanoTime());
        if (waitNanos > 0) {
            long seconds = Math.max(1, (long) Math.ceil(waitNanos / 1e9));
            throw new RequestRefusedException(Problem.of(429, "rate-limited", "Too many requests",
                    "Source '" + source + "' may make " + rate + " requests per second (bursts of " + (int) limit[1]
                            + "); retry in " + seconds + " s."),
                    Map.of("Retry-After", Long.toString(seconds)));
        }
    }

    private static final class Bucket {
        private final double capacity;
        private final double perNano;
        private double tokens;
        private long last;

        Bucket(double capacity, double perSecond) {
            this.capacity = capacity;
            this.perNano = perSecond / 1e9;
            this.tokens = capacity;
            this.last = System.nanoTime();
        }

        /** 0 when a token was taken, else nanoseconds until one is available. */
        synchronized long tryTake(long now) {
            tokens = Math.min(capacity, tokens + (now - last) * perNano);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return perNano <= 0 ? Long.MAX_VALUE / 2 : (long) Math.ceil((1 - tokens) / perNano);
        }
    }
}
