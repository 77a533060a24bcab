package io.newsroom.bench.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroom.bench.store.Json;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends articles {@code from} to {@code to - 1} to POST /articles/batch as fast as ingest-service takes them:
 * batches of one source's items (a key may only send its own source's), {@code concurrency} requests in flight.
 * {@link #accepted()} counts items answered 202 while it runs; anything else is counted as not accepted.
 */
final class BatchPoster {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final Submissions submissions;
    private final int batchSize;
    private final int concurrency;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong notAccepted = new AtomicLong();
    private final AtomicReference<String> firstProblem = new AtomicReference<>();

    BatchPoster(String baseUrl, Submissions submissions, int batchSize, int concurrency) {
        this.baseUrl = baseUrl;
        this.submissions = submissions;
        this.batchSize = batchSize;
        this.concurrency = concurrency;
    }

    long accepted() {
        return accepted.get();
    }

    /** Items answered either way: all of them once {@link #send} returned. */
    long answered() {
        return accepted.get() + notAccepted.get();
    }

    long notAccepted() {
        return notAccepted.get();
    }

    /** The first refusal or failure seen, for the report; null when every item was accepted. */
    String firstProblem() {
        return firstProblem.get();
    }

    /** Sends the batches of {@link #plan} and returns once every one was answered. */
    void send(List<List<Integer>> plan) throws InterruptedException {
        ConcurrentLinkedQueue<List<Integer>> batches = new ConcurrentLinkedQueue<>(plan);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            Thread thread = new Thread(() -> {
                for (List<Integer> batch; (batch = batches.poll()) != null; ) {
                    post(batch);
                }
            }, "batch-poster-" + c);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    /**
     * Articles {@code from} to {@code to - 1} in batches: in index order, each source's articles cut into batches as
     * they come, so the early articles go first. Made before a measured window (it generates every article once).
     */
    List<List<Integer>> plan(int from, int to) {
        Map<String, List<Integer>> open = new LinkedHashMap<>();
        List<List<Integer>> batches = new ArrayList<>();
        for (int i = from; i < to; i++) {
            List<Integer> batch = open.computeIfAbsent(submissions.get(i).source(), s -> new ArrayList<>());
            batch.add(i);
            if (batch.size() == batchSize) {
                batches.add(batch);
                open.values().remove(batch);
            }
        }
        batches.addAll(open.values());
        return batches;
    }

    private void post(List<Integer> batch) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write('[');
        String source = null;
        for (int i : batch) {
            Submissions.Submission s = submissions.get(i);
            source = s.source();
            if (body.size() > 1) {
                body.write(',');
            }
            body.writeBytes(s.json());
        }
        body.write(']');
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/articles/batch"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + Submissions.key(source))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofByteArray());
            JsonNode answer = Json.MAPPER.readTree(response.body());
            int ok = response.statusCode() == 207 ? answer.path("accepted").asInt() : 0;
            accepted.addAndGet(ok);
            if (ok < batch.size()) {
                notAccepted.addAndGet(batch.size() - ok);
                String text = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
                firstProblem.compareAndSet(null, "HTTP " + response.statusCode() + ": " + text.substring(0, Math.min(400, text.length())));
            }
        } catch (Exception e) {
            notAccepted.addAndGet(batch.size());
            firstProblem.compareAndSet(null, e.toString());
        }
    }
}
