package io.newsroom.ops;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code dlq redrive} asks the service's admin API (its DeadLetterRedrive is tested in enrich and store): the request it
 * sends, and how it shows the answer. A stand-in HTTP endpoint, no Kafka involved.
 */
class RedriveClientTest {

    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private String serve(int status, String body, AtomicReference<String> seen) throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            seen.set(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + "?" + exchange.getRequestURI().getQuery() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void shouldPostTheParametersWithTheAdminKeyAndShowTheResult() throws Exception {
        AtomicReference<String> seen = new AtomicReference<>();
        String url = serve(200, "{\"redriven\":3,\"skipped\":1}", seen);
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("limit", "100");
        parameters.put("until", "2026-11-26T10:00:00Z");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        boolean ok = new RedriveClient().redrive(url + "/", "the-key", parameters, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(ok).isTrue();
        assertThat(seen.get()).isEqualTo("POST /admin/dead-letters/redrive?limit=100&until=2026-11-26T10:00:00Z Bearer the-key");
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("HTTP 200").contains("\"redriven\" : 3");
    }

    @Test
    void shouldReportTheServicesProblemAsAFailure() throws Exception {
        String url = serve(403, "{\"type\":\"https://newsroom.io/problems/forbidden\",\"status\":403}", new AtomicReference<>());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        boolean ok = new RedriveClient().redrive(url, "wrong", Map.of(), new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(ok).isFalse();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("HTTP 403").contains("\"status\" : 403");
    }
}
