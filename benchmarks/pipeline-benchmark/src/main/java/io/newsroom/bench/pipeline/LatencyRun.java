package io.newsroom.bench.pipeline;

import io.newsroom.infra.Postgres;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Ingest-to-queryable latency at one fixed rate, open loop: article k is due at start + k / rate and sent then as a
 * single POST /articles whatever happened to the earlier ones (no coordinated omission); every latency counts from
 * that due time. For each article it records when the change feed first showed it (queryable, {@link ChangeFeedWatcher})
 * and when its event reached an SSE subscriber ({@link SseWatcher}); the SSE lag is the difference of the two, both on
 * this JVM's clock. The store's own {@code stored_at} (when its write began) is reported beside them.
 */
final class LatencyRun {

    /** Every 25th article is also fetched with GET /articles/{id} the moment the change feed shows it. */
    private static final int GET_CHECK_EVERY = 25;

    record Result(int rate, int seconds, int sent, int notAccepted, double achievedRate, int missingQueryable,
                  int missingSse, Percentiles queryableMs, Percentiles sseMs, Percentiles sseLagMs,
                  Percentiles ingestedAtMs, Percentiles enrichedAtMs, Percentiles storedAtMs, int getOk, int getFailed,
                  StageResult cpu) {

        boolean complete() {
            return notAccepted == 0 && missingQueryable == 0 && missingSse == 0 && getFailed == 0;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String ingestUrl;
    private final String storeUrl;
    private final String jdbcUrl;
    private final Submissions submissions;

    LatencyRun(String ingestUrl, String storeUrl, String jdbcUrl, Submissions submissions) {
        this.ingestUrl = ingestUrl;
        this.storeUrl = storeUrl;
        this.jdbcUrl = jdbcUrl;
        this.submissions = submissions;
    }

    Result run(int rate, int seconds, int firstIndex, CpuMeter meter, Duration drainTimeout) throws Exception {
        int total = rate * seconds;
        List<Submissions.Submission> articles = new ArrayList<>(total);
        Set<String> checked = new HashSet<>();
        for (int k = 0; k < total; k++) {
            articles.add(submissions.get(firstIndex + k));
            if (k % GET_CHECK_EVERY == 0) {
                checked.add(articles.get(k).id());
            }
        }
        long[] due = new long[total];
        AtomicInteger notAccepted = new AtomicInteger();
        try (ChangeFeedWatcher feed = new ChangeFeedWatcher(jdbcUrl, Postgres.USER, Postgres.PASSWORD, storeUrl, checked);
             SseWatcher sse = new SseWatcher(storeUrl)) {
            Thread.sleep(1_000); // the stream's starting point is taken as it opens: let it settle before the first article
            CpuMeter.Reading before = meter.readWithJit();
            long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
            Instant wallAtStart = Instant.now().plusNanos(start - System.nanoTime());
            long period = TimeUnit.SECONDS.toNanos(1) / rate;
            List<CompletableFuture<?>> answers = new ArrayList<>(total);
            for (int k = 0; k < total; k++) {
                due[k] = start + k * period;
                waitUntil(due[k]);
                Submissions.Submission article = articles.get(k);
                answers.add(http.sendAsync(HttpRequest.newBuilder(URI.create(ingestUrl + "/articles"))
                                .timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "application/json")
                                .header("Authorization", "Bearer " + Submissions.key(article.source()))
                                .POST(HttpRequest.BodyPublishers.ofByteArray(article.json())).build(),
                        HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                    if (failure != null || response.statusCode() != 202) {
                        notAccepted.incrementAndGet();
                    }
                }));
            }
            double achieved = total / ((System.nanoTime() - start) / 1e9);
            CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).exceptionally(e -> null).get(60, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + drainTimeout.toNanos();
            while (System.nanoTime() < deadline && (!allIn(feed.seen(), articles) || !allIn(sse.arrived(), articles))) {
                Thread.sleep(100);
            }
            CpuMeter.Reading after = meter.readWithJit();
            Thread.sleep(500); // the last GET checks
            return result(rate, seconds, articles, due, wallAtStart, start, notAccepted.get(), achieved, feed, sse,
                    CpuMeter.window("rate " + rate + "/s", before, after, total, true));
        }
    }

    private static Result result(int rate, int seconds, List<Submissions.Submission> articles, long[] due, Instant wallAtStart,
                                 long start, int notAccepted, double achieved, ChangeFeedWatcher feed, SseWatcher sse,
                                 StageResult cpu) {
        Map<String, ChangeFeedWatcher.Seen> seen = feed.seen();
        Map<String, Long> arrived = sse.arrived();
        List<Double> queryable = new ArrayList<>();
        List<Double> sseLatency = new ArrayList<>();
        List<Double> lag = new ArrayList<>();
        List<Double> ingestedAt = new ArrayList<>();
        List<Double> enrichedAt = new ArrayList<>();
        List<Double> storedAt = new ArrayList<>();
        for (int k = 0; k < articles.size(); k++) {
            String id = articles.get(k).id();
            ChangeFeedWatcher.Seen visible = seen.get(id);
            Long event = arrived.get(id);
            if (visible != null) {
                queryable.add((visible.nanoTime() - due[k]) / 1e6);
                Instant dueWall = wallAtStart.plusNanos(due[k] - start);
                ingestedAt.add(ChronoUnit.MICROS.between(dueWall, visible.ingestedAt()) / 1e3);
                enrichedAt.add(ChronoUnit.MICROS.between(dueWall, visible.enrichedAt()) / 1e3);
                storedAt.add(ChronoUnit.MICROS.between(dueWall, visible.storedAt()) / 1e3);
            }
            if (event != null) {
                sseLatency.add((event - due[k]) / 1e6);
            }
            if (visible != null && event != null) {
                lag.add((event - visible.nanoTime()) / 1e6);
            }
        }
        return new Result(rate, seconds, articles.size(), notAccepted, achieved, articles.size() - queryable.size(),
                articles.size() - sseLatency.size(), percentiles(queryable), percentiles(sseLatency), percentiles(lag),
                percentiles(ingestedAt), percentiles(enrichedAt), percentiles(storedAt), feed.getOk(), feed.getFailed(), cpu);
    }

    private static boolean allIn(Map<String, ?> seen, List<Submissions.Submission> articles) {
        return articles.stream().allMatch(a -> seen.containsKey(a.id()));
    }

    private static Percentiles percentiles(List<Double> values) {
        return Percentiles.of(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static void waitUntil(long due) {
        long wait;
        while ((wait = due - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }
}
