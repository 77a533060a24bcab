package io.newsroom.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code dlq redrive}: asks the service that owns the dead-letter topic to re-drive it, through its admin API
 * ({@code POST /admin/dead-letters/redrive}, service-support's DeadLetterRedrive). One re-driver, in the service:
 * its progress group, its one-call-at-a-time lock and its answers are the same whether an operator uses curl, the desk
 * or this command.
 */
final class RedriveClient {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * @param serviceUrl e.g. http://127.0.0.1:8083
     * @param parameters partition, from, to, until, limit (only those given)
     * @return whether the service answered 2xx
     */
    boolean redrive(String serviceUrl, String adminKey, Map<String, String> parameters, PrintStream out) {
        String query = new LinkedHashMap<>(parameters).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        URI uri = URI.create(serviceUrl.replaceAll("/+$", "") + "/admin/dead-letters/redrive" + (query.isEmpty() ? "" : "?" + query));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + adminKey)
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UsageException("no answer from " + serviceUrl + " (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + "): is the service running?");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        out.println("HTTP " + response.statusCode());
        out.println(pretty(response.body()));
        return response.statusCode() / 100 == 2;
    }

    private static String pretty(String body) {
        try {
            return JSON.writeValueAsString(JSON.readTree(body));
        } catch (IOException e) {
            return body;
        }
    }
}
