package io.newsroom.ingest.pull;

import io.newsroom.ingest.config.FeedsConfig;
import io.newsroom.ingest.problem.RequestRefusedException;
import io.newsroom.support.http.Problem;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches one feed document (conditional GET) within {@code newsroom.pull.timeout} for everything: connecting,
 * each redirect hop and the whole body, so a server that sends headers and then trickles or stalls cannot hold a
 * pull. Redirects are followed here, not by the HTTP client: at most {@code max-redirects}, http(s) only, and never
 * to a non-public address ({@link PublicAddresses}) unless {@code allow-private-redirects} is on. The configured URL
 * itself is trusted: operators configure feeds, the threat is a feed server pointing us inward. Every failure is a
 * 422 problem naming the feed and what went wrong.
 */
@ApplicationScoped
public class FeedFetcher {

    /** The final answer of a fetch: its URL after redirects, status, headers and body (empty for a 304). */
    public record Fetched(URI uri, int status, HttpHeaders headers, byte[] body) {
    }

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    @Inject
    FeedsConfig config;

    PublicAddresses.Resolver resolver = InetAddress::getAllByName;
    private HttpClient http;

    @PostConstruct
    void init() {
        http = HttpClient.newBuilder().connectTimeout(config.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Fetched fetch(String url, String etag, String lastModified) {
        long deadline = System.nanoTime() + config.timeout().toNanos();
        URI uri = configured(url);
        for (int redirects = 0; ; redirects++) {
            HttpResponse<byte[]> response = send(request(uri, etag, lastModified), deadline, url);
            if (!REDIRECTS.contains(response.statusCode())) {
                return new Fetched(uri, response.statusCode(), response.headers(), response.body());
            }
            if (redirects == config.maxRedirects()) {
                throw failure("feed-too-many-redirects", "Too many redirects", "The feed " + url + " redirected more than "
                        + config.maxRedirects() + " times (last to " + uri + "); fix the configured URL.");
            }
            uri = redirectTarget(url, uri, response);
        }
    }

    private static URI configured(String url) {
        try {
            URI uri = URI.create(url);
            HttpRequest.newBuilder(uri);   // refuses what the client cannot fetch (no host, another scheme)
            return uri;
        } catch (IllegalArgumentException e) {
            throw failure("feed-unreachable", "Feed unreachable", "The configured feed URL " + url
                    + " cannot be fetched: " + e.getMessage());
        }
    }

    private static HttpRequest request(URI uri, String etag, String lastModified) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8")
                .header("User-Agent", "newsroom-ingest/1.0")
                .GET();
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        return request.build();
    }

    private HttpResponse<byte[]> send(HttpRequest request, long deadline, String url) {
        CompletableFuture<HttpResponse<byte[]>> answer = http.sendAsync(request, info -> new BoundedBody(config.maxFeedBytes()));
        try {
            return answer.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);   // closes the exchange: a stalled server keeps no connection of ours
            throw timedOut(url);
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw failure("feed-unreachable", "Feed unreachable", "Interrupted while pulling " + url + ".");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            for (Throwable t = cause; t != null; t = t.getCause()) {
                if (t instanceof TooLarge) {
                    throw failure("feed-too-large", "Feed too large", "The feed " + url + " has more than "
                            + config.maxFeedBytes() + " bytes.");
                }
                if (t instanceof HttpTimeoutException) {
                    throw timedOut(url);
                }
            }
            throw failure("feed-unreachable", "Feed unreachable", "The feed " + url + " cannot be fetched from "
                    + request.uri() + ": " + cause);
        }
    }

    private URI redirectTarget(String url, URI from, HttpResponse<byte[]> response) {
        Optional<String> location = response.headers().firstValue("Location");
        if (location.isEmpty()) {
            throw failure("feed-http-error", "Feed answered an error", "The feed " + url + " answered HTTP "
                    + response.statusCode() + " without a Location.");
        }
        URI target;
        try {
            target = from.resolve(location.get().strip());
        } catch (IllegalArgumentException e) {
            throw refused(url, location.get(), "it is not a valid URL");
        }
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw refused(url, target.toString(), "only http and https are followed");
        }
        if (target.getHost() == null || target.getRawUserInfo() != null) {
            throw refused(url, target.toString(), "it names no plain host");
        }
        if (!config.allowPrivateRedirects()) {
            try {
                PublicAddresses.refusal(target.getHost(), resolver).ifPresent(why -> {
                    throw refused(url, target.toString(), why
                            + "; redirects to loopback, private, link-local, multicast, unspecified or CGNAT addresses are refused");
                });
            } catch (UnknownHostException e) {
                throw failure("feed-unreachable", "Feed unreachable", "The feed " + url + " redirected to " + target
                        + ", whose host is unknown.");
            }
        }
        return target;
    }

    private RequestRefusedException timedOut(String url) {
        return failure("feed-timeout", "Feed timed out", "The feed " + url + " did not answer completely within "
                + config.timeout() + ".");
    }

    private static RequestRefusedException refused(String url, String target, String why) {
        return failure("feed-redirect-refused", "Feed redirect refused", "The feed " + url + " redirected to " + target
                + ", which is not followed: " + why + ".");
    }

    static RequestRefusedException failure(String slug, String title, String detail) {
        return new RequestRefusedException(Problem.of(422, slug, title, detail), Map.of());
    }

    /** Marks a body that outgrew the limit; no stack trace, it is an expected outcome. */
    private static final class TooLarge extends IOException {
        TooLarge() {
            super("feed body over the limit", null);
            setStackTrace(new StackTraceElement[0]);
        }
    }

    /** Collects the body up to {@code max} bytes and gives up (cancelling the download) beyond. */
    private static final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final int max;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> body = new CompletableFuture<>();
        private Flow.Subscription subscription;

        BoundedBody(int max) {
            this.max = max;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                if (body.isDone()) {
                    return;   // already refused; the cancellation may still let a few buffers through
                }
                if (bytes.size() + buffer.remaining() > max) {
                    subscription.cancel();
                    body.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.writeBytes(chunk);
            }
        }

        @Override
        public void onError(Throwable error) {
            body.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            body.complete(bytes.toByteArray());
        }
    }
}
