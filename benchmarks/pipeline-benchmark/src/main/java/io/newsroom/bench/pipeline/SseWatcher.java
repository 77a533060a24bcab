package io.newsroom.bench.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroom.bench.store.Json;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A subscriber of the store's Server-Sent Events stream ({@code GET /articles/stream}, no filter, from now on), as an
 * app would hold one: records when each article's event arrived here (System.nanoTime, same clock as the sender and
 * the change-feed watcher).
 */
final class SseWatcher implements AutoCloseable {

    private final Map<String, Long> arrived = new ConcurrentHashMap<>();
    private final Stream<String> lines;
    private final Thread reader;

    SseWatcher(String storeUrl) throws Exception {
        HttpResponse<Stream<String>> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .sendAsync(HttpRequest.newBuilder(URI.create(storeUrl + "/articles/stream"))
                        .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines())
                .get(30, TimeUnit.SECONDS);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The store's stream answered " + response.statusCode());
        }
        this.lines = response.body();
        this.reader = new Thread(this::read, "sse-watcher");
        reader.setDaemon(true);
        reader.start();
    }

    Map<String, Long> arrived() {
        return arrived;
    }

    private void read() {
        try {
            lines.forEach(line -> {
                if (line.startsWith("data:")) {
                    long now = System.nanoTime();
                    try {
                        JsonNode event = Json.MAPPER.readTree(line.substring(5).trim());
                        arrived.putIfAbsent(event.path("id").asText(), now);
                    } catch (IOException e) {
                        // not an article event: nothing to time
                    }
                }
            });
        } catch (RuntimeException e) {
            // the stream was closed
        }
    }

    @Override
    public void close() {
        lines.close();
        reader.interrupt();
    }
}
