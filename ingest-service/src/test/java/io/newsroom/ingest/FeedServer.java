package io.newsroom.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A local feed server on 127.0.0.1 for {@link FeedPullTest}: an RSS feed answering conditional GETs, one that
 * never answers in time, one answering garbage, one answering 500, and one pulled every second. Configures the
 * service's pulled feeds to point at it.
 */
public class FeedServer implements QuarkusTestResourceLifecycleManager {

    static final String ETAG = "\"rss-v1\"";
    static final String LAST_MODIFIED = "Tue, 24 Nov 2026 08:00:00 GMT";
    /** If-None-Match values the RSS feed received, in order ("" when absent). */
    static final List<String> CONDITIONAL = new CopyOnWriteArrayList<>();
    static volatile String scheduledGuid = "sched-" + System.nanoTime();

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/rss", exchange -> {
            String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
            CONDITIONAL.add(ifNoneMatch == null ? "" : ifNoneMatch);
            if (ETAG.equals(ifNoneMatch)) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().add("ETag", ETAG);
            exchange.getResponseHeaders().add("Last-Modified", LAST_MODIFIED);
            send(exchange, 200, "application/rss+xml", FormatsIngestTest.rss("pull-rn-1", "https://regional-news.example/pulled?utm_source=rss"));
        });
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(4000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(exchange, 200, "application/rss+xml", "<rss version=\"2.0\"><channel><title>late</title></channel></rss>");
        });
        server.createContext("/garbage", exchange -> send(exchange, 200, "application/rss+xml", "\u0000\u0001 this is <<< not xml"));
        server.createContext("/html", exchange -> send(exchange, 200, "text/html", "<html><body>Moved</body></html>"));
        server.createContext("/error", exchange -> send(exchange, 500, "text/plain", "boom"));
        server.createContext("/scheduled", exchange -> send(exchange, 200, "application/rss+xml",
                FormatsIngestTest.rss(scheduledGuid, "https://regional-news.example/scheduled")));
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Map<String, String> config = new java.util.HashMap<>();
        feed(config, "regional", base + "/rss", "regional-news", "1h", "1h");
        feed(config, "slow", base + "/slow", "regional-news", "1h", "1h");
        feed(config, "garbage", base + "/garbage", "regional-news", "1h", "1h");
        feed(config, "html", base + "/html", "regional-news", "1h", "1h");
        feed(config, "broken", base + "/error", "regional-news", "1h", "1h");
        feed(config, "sport", base + "/rss", "sportdesk", "1h", "1h");
        feed(config, "scheduled", base + "/scheduled", "regional-news", "1s", "0s");
        config.put("newsroom.pull.timeout", "1s");
        return config;
    }

    private static void feed(Map<String, String> config, String name, String url, String source, String interval, String first) {
        String prefix = "newsroom.pull.feeds." + name + ".";
        config.put(prefix + "url", url);
        config.put(prefix + "source", source);
        config.put(prefix + "interval", interval);
        config.put(prefix + "first-pull-after", first);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
