package io.newsroom.bench.pipeline;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * When each article became queryable: every 50 ms it reads the store's change feed table ({@code article_change},
 * numbered in commit order) for rows after the last one seen. A row is visible once its batch committed, so an
 * article is queryable at most one poll before the poll that first returns it: the time recorded is that poll's start,
 * at most 50 ms (plus one query) after the commit. The row's {@code stored_at} (the store's clock as its write began)
 * comes with it. For the articles in {@code checked}, a GET /articles/{id} on the store confirms at that moment that
 * the API really serves it.
 */
final class ChangeFeedWatcher implements AutoCloseable {

    /**
     * First poll that returned the article (System.nanoTime), and the row's times of each stage: ingested_at (ingest's
     * clock as it accepted the article), enriched_at (enrich's, as it tagged it), stored_at (the store's, as its write
     * began). One machine, one clock: where an article's time goes between the stages.
     */
    record Seen(long nanoTime, Instant ingestedAt, Instant enrichedAt, Instant storedAt) {
    }

    private static final long PERIOD_MILLIS = 50;
    private static final String NEW_ROWS = "SELECT ch.seq, ch.article_id, a.ingested_at, a.enriched_at, a.stored_at FROM article_change ch "
            + "JOIN article a ON a.id = ch.article_id WHERE ch.seq > ? ORDER BY ch.seq";

    private final Map<String, Seen> seen = new ConcurrentHashMap<>();
    private final Connection connection;
    private final Thread thread;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String storeUrl;
    private final Set<String> checked;
    private final AtomicInteger getOk = new AtomicInteger();
    private final AtomicInteger getFailed = new AtomicInteger();
    private volatile boolean running = true;
    private volatile Exception failure;

    ChangeFeedWatcher(String jdbcUrl, String user, String password, String storeUrl, Set<String> checked) throws SQLException {
        this.connection = DriverManager.getConnection(jdbcUrl, user, password);
        this.storeUrl = storeUrl;
        this.checked = checked;
        long after;
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT coalesce(max(seq), 0) FROM article_change")) {
            rs.next();
            after = rs.getLong(1);
        }
        long from = after;
        this.thread = new Thread(() -> poll(from), "change-feed-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    Map<String, Seen> seen() {
        return seen;
    }

    int getOk() {
        return getOk.get();
    }

    int getFailed() {
        return getFailed.get();
    }

    private void poll(long after) {
        try (PreparedStatement query = connection.prepareStatement(NEW_ROWS)) {
            long last = after;
            while (running) {
                long pollStart = System.nanoTime();
                query.setLong(1, last);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        last = rs.getLong(1);
                        String id = rs.getString(2);
                        if (seen.putIfAbsent(id, new Seen(pollStart, rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant(),
                                rs.getTimestamp(5).toInstant())) == null && checked.contains(id)) {
                            check(id);
                        }
                    }
                }
                long sleep = PERIOD_MILLIS - (System.nanoTime() - pollStart) / 1_000_000;
                if (sleep > 0) {
                    Thread.sleep(sleep);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException e) {
            failure = e;
        }
    }

    private void check(String id) {
        http.sendAsync(HttpRequest.newBuilder(URI.create(storeUrl + "/articles/" + id)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.discarding()).whenComplete((response, e) -> {
            if (e == null && response.statusCode() == 200) {
                getOk.incrementAndGet();
            } else {
                getFailed.incrementAndGet();
            }
        });
    }

    @Override
    public void close() throws Exception {
        running = false;
        thread.join(5_000);
        connection.close();
        if (failure != null) {
            throw new IllegalStateException("Reading the change feed failed", failure);
        }
    }
}
