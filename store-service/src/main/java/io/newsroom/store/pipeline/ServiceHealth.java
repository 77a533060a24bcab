package io.newsroom.store.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Asks another service's readiness ({@code /q/health/ready}) over HTTP, as ops and {@code ./newsroom status} do: the
 * service's own answer, never a guess from a port or a pid. Never fails: a service that does not answer in time is
 * reported unreachable.
 */
@ApplicationScoped
public class ServiceHealth {

    public enum Status { UP, DOWN, UNREACHABLE, NOT_CONFIGURED }

    /** A service's state and, when it is not up, why (its failing checks, or the connection error). */
    public record Health(String name, String url, Status status, String detail) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** The readiness of the service at {@code base}, answered within {@code timeout}. */
    public CompletableFuture<Health> check(String name, URI base, Duration timeout) {
        URI ready = base.resolve("/q/health/ready");
        HttpRequest request = HttpRequest.newBuilder(ready).timeout(timeout).header("Accept", "application/json").build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> response.statusCode() == 200
                        ? new Health(name, base.toString(), Status.UP, null)
                        : new Health(name, base.toString(), Status.DOWN, "HTTP " + response.statusCode() + failingChecks(response.body())))
                .exceptionally(e -> new Health(name, base.toString(), Status.UNREACHABLE, describe(e)));
    }

    public static Health notConfigured(String name, String setting) {
        return new Health(name, null, Status.NOT_CONFIGURED, "set " + setting + " to see it here");
    }

    /** The names of the DOWN checks of a MicroProfile Health answer, if it is one. */
    static String failingChecks(String body) {
        try {
            List<String> down = new ArrayList<>();
            for (JsonNode check : JSON.readTree(body).path("checks")) {
                if (!"UP".equals(check.path("status").asText())) {
                    down.add(check.path("name").asText());
                }
            }
            return down.isEmpty() ? "" : ": " + String.join(", ", down) + " down";
        } catch (Exception e) {
            return "";
        }
    }

    private static String describe(Throwable e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
