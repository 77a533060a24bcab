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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local feed server on 127.0.0.1 for {@link FeedPullTest} and {@link FeedRedirectTest}: an RSS feed answering
 * conditional GETs, one that never answers in time, one that sends half a document and then stalls, one answering
 * garbage, one answering 500, one nested 3,000 levels deep, one pulled every second, redirects to loopback,
 * private and link-local addresses and to a file, and chains of redirects, an item that comes back older, and more
 * items than a batch takes. Configures the service's pulled feeds to point at it (and a batch limit of 3).
 */
public class FeedServer implements QuarkusTestResourceLifecycleManager {

    static final String ETAG = "\"rss-v1\"";
    static final String LAST_MODIFIED = "Tue, 24 Nov 2026 08:00:00 GMT";
    /** If-None-Match values the RSS feed received, in order ("" when absent). */
    static final List<String> CONDITIONAL = new CopyOnWriteArrayList<>();
    static volatile String scheduledGuid = "sched-" + System.nanoTime();
    /** guid of the item at the end of the redirect chains (/hop/0). */
    static volatile String hopGuid = "hop-" + System.nanoTime();
    /** Requests that reached /stall and /hop/0. */
    static final AtomicInteger STALLED = new AtomicInteger();
    static final AtomicInteger CHAIN_ENDS = new AtomicInteger();

    /** guid of the item /stale serves: newer the first time, older (other content) every time after. */
    static volatile String staleGuid = "stale-" + System.nanoTime();
    static final AtomicInteger STALE_SERVED = new AtomicInteger();
    /** guids of the five items /many serves, in document order; their pubDates are not in order. */
    static final List<String> MANY = java.util.stream.IntStream.range(0, 5).mapToObj(i -> "many-" + i + "-" + System.nanoTime()).toList();
    /** The batch limit this server's service runs with (below /many's five items). */
    static final int MAX_BATCH_ITEMS = 3;

    private HttpServer server;
    private ExecutorService handlers;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        handlers = Executors.newCachedThreadPool();
        server.setExecutor(handlers);
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
        server.createContext("/stall", exchange -> {
            // Headers and half a document at once, then nothing: only a timeout over the whole body ends this.
            STALLED.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, 10_000);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("<rss version=\"2.0\"><channel><title>stalled".getBytes(StandardCharsets.UTF_8));
                out.flush();
                Thread.sleep(30_000);
            } catch (InterruptedException | IOException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.createContext("/hop/", exchange -> {
            int left = Integer.parseInt(exchange.getRequestURI().getPath().substring("/hop/".length()));
            if (left == 0) {
                CHAIN_ENDS.incrementAndGet();
                send(exchange, 200, "application/rss+xml", FormatsIngestTest.rss(hopGuid, "https://regional-news.example/hop"));
            } else {
                redirect(exchange, left % 2 == 0 ? 302 : 307, "/hop/" + (left - 1));   // relative Location
            }
        });
        server.createContext("/deep", exchange -> send(exchange, 200, "application/rss+xml", SecurityAndLimitsTest.nestedFeed("deep-1", 3000)));
        server.createContext("/to-metadata", exchange -> redirect(exchange, 302, "http://169.254.169.254/latest/meta-data/"));
        server.createContext("/to-private", exchange -> redirect(exchange, 307, "http://10.20.30.40/feed.xml"));
        server.createContext("/to-file", exchange -> redirect(exchange, 302, "file:///etc/passwd"));
        server.createContext("/garbage", exchange -> send(exchange, 200, "application/rss+xml", "\u0000\u0001 this is <<< not xml"));
        server.createContext("/html", exchange -> send(exchange, 200, "text/html", "<html><body>Moved</body></html>"));
        server.createContext("/error", exchange -> send(exchange, 500, "text/plain", "boom"));
        server.createContext("/scheduled", exchange -> send(exchange, 200, "application/rss+xml",
                FormatsIngestTest.rss(scheduledGuid, "https://regional-news.example/scheduled")));
        server.createContext("/stale", exchange -> send(exchange, 200, "application/rss+xml", STALE_SERVED.getAndIncrement() == 0
                ? item(staleGuid, "River peaks in the old town", "Tue, 24 Nov 2026 09:00:00 GMT")
                : item(staleGuid, "Storm floods the old town", "Tue, 24 Nov 2026 08:00:00 GMT")));
        server.createContext("/many", exchange -> {
            String[] hours = {"08", "10", "09", "07", "11"};
            StringBuilder items = new StringBuilder();
            for (int i = 0; i < MANY.size(); i++) {
                items.append("<item><title>Story ").append(i).append("</title><guid isPermaLink=\"false\">").append(MANY.get(i))
                        .append("</guid><pubDate>Tue, 24 Nov 2026 ").append(hours[i]).append(":00:00 GMT</pubDate></item>");
            }
            send(exchange, 200, "application/rss+xml", "<rss version=\"2.0\"><channel><title>Many</title>"
                    + "<link>https://regional-news.example/</link>" + items + "</channel></rss>");
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/to-loopback", exchange -> redirect(exchange, 301, base + "/hop/0"));
        server.createContext("/to-localhost", exchange -> redirect(exchange, 308,
                "http://localhost:" + server.getAddress().getPort() + "/hop/0"));
        Map<String, String> config = new java.util.HashMap<>();
        feed(config, "regional", base + "/rss", "regional-news", "1h", "1h");
        feed(config, "slow", base + "/slow", "regional-news", "1h", "1h");
        feed(config, "garbage", base + "/garbage", "regional-news", "1h", "1h");
        feed(config, "html", base + "/html", "regional-news", "1h", "1h");
        feed(config, "broken", base + "/error", "regional-news", "1h", "1h");
        feed(config, "sport", base + "/rss", "sportdesk", "1h", "1h");
        feed(config, "stalled", base + "/stall", "regional-news", "1h", "1h");
        feed(config, "deep", base + "/deep", "regional-news", "1h", "1h");
        feed(config, "to-metadata", base + "/to-metadata", "regional-news", "1h", "1h");
        feed(config, "to-private", base + "/to-private", "regional-news", "1h", "1h");
        feed(config, "to-loopback", base + "/to-loopback", "regional-news", "1h", "1h");
        feed(config, "to-localhost", base + "/to-localhost", "regional-news", "1h", "1h");
        feed(config, "to-file", base + "/to-file", "regional-news", "1h", "1h");
        feed(config, "five-hops", base + "/hop/5", "regional-news", "1h", "1h");
        feed(config, "six-hops", base + "/hop/6", "regional-news", "1h", "1h");
        feed(config, "scheduled", base + "/scheduled", "regional-news", "1s", "0s");
        feed(config, "stale", base + "/stale", "regional-news", "1h", "1h");
        feed(config, "many", base + "/many", "regional-news", "1h", "1h");
        config.put("newsroom.pull.timeout", "1s");
        config.put("newsroom.ingest.max-batch-items", Integer.toString(MAX_BATCH_ITEMS));
        return config;
    }

    private static void feed(Map<String, String> config, String name, String url, String source, String interval, String first) {
        String prefix = "newsroom.pull.feeds." + name + ".";
        config.put(prefix + "url", url);
        config.put(prefix + "source", source);
        config.put(prefix + "interval", interval);
        config.put(prefix + "first-pull-after", first);
    }

    private static String item(String guid, String title, String pubDate) {
        return "<rss version=\"2.0\"><channel><title>Regional News</title><link>https://regional-news.example/</link>"
                + "<item><title>" + title + "</title><link>https://regional-news.example/storm</link><guid isPermaLink=\"false\">"
                + guid + "</guid><pubDate>" + pubDate + "</pubDate><description>Heavy rain.</description></item></channel></rss>";
    }

    private static void redirect(HttpExchange exchange, int status, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
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
            handlers.shutdownNow();   // wakes the stalled handler
        }
    }
}
