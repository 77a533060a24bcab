package io.newsroom.support.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Answers the transport-level refusals as application/problem+json, before any resource runs: a request line
 * over {@code newsroom.http.max-request-line-length} (414), header fields over {@code newsroom.http.max-header-bytes}
 * (431), a body over {@code quarkus.http.limits.max-body-size}, declared or chunked (413), and a body with a Content-Encoding
 * other than identity (415, the service does not decompress bodies). Vert.x would answer the first three itself
 * with a bare text body; so the transport ceilings ({@code quarkus.http.limits.max-initial-line-length},
 * {@code max-header-size}) are set well above the limits here, and only a request past those ceilings still gets
 * Vert.x's own answer. Every service depends on this module, so all of them answer alike.
 */
@ApplicationScoped
public class TransportLimits {

    /** The limits this filter enforces itself (prefix {@code newsroom.http}); keep them below the transport ceilings. */
    @ConfigMapping(prefix = "newsroom.http")
    public interface Config {
        /** Longest request line (method, target and version), else 414. */
        @WithDefault("4096")
        int maxRequestLineLength();

        /** Most bytes of all header fields together (names, values and separators), else 431. */
        @WithDefault("20480")
        int maxHeaderBytes();
    }

    @Inject
    Config config;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    /** Runs before Quarkus's own body-size check (ROUTE_ORDER_UPLOAD_LIMIT), which would answer a bare 413. */
    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        // Counted as the HTTP decoder counts it: "METHOD target HTTP/1.1" without the line end.
        int requestLine = request.method().name().length() + 1 + request.uri().length() + 1 + "HTTP/1.1".length();
        if (requestLine > config.maxRequestLineLength()) {
            refuse(context, Problem.of(414, "uri-too-long", "URI too long", "The request line has " + requestLine
                    + " characters; the limit is " + config.maxRequestLineLength() + ". Send long input in the body."));
            return;
        }
        int headerBytes = headerBytes(request);
        if (headerBytes > config.maxHeaderBytes()) {
            refuse(context, Problem.of(431, "request-header-fields-too-large", "Request header fields too large",
                    "The header fields have " + headerBytes + " bytes; the limit is " + config.maxHeaderBytes() + "."));
            return;
        }
        String encoding = request.headers().get(HttpHeaders.CONTENT_ENCODING);
        if (encoding != null && !isIdentity(encoding)) {
            context.response().putHeader(HttpHeaders.ACCEPT_ENCODING, "identity");   // RFC 7694: what would be taken
            refuse(context, Problem.of(415, "unsupported-content-encoding", "Unsupported content encoding",
                    "The body is sent with Content-Encoding '" + encoding + "'; the service does not accept compressed "
                            + "bodies; send identity (no Content-Encoding)."));
            return;
        }
        Long declared = declaredLength(request);
        if (maxBodySize.isPresent() && declared != null && declared > maxBodySize.get().asLongValue()) {
            refuse(context, tooLarge(declared + " bytes"));
            return;
        }
        if (maxBodySize.isPresent() && declared == null && request.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            readChunked(context, maxBodySize.get().asLongValue());
            return;
        }
        context.next();
    }

    /**
     * A chunked body has no declared length: read it here up to the limit (RESTEasy then takes the body from the
     * routing context), and refuse it as soon as it outgrows the limit, instead of letting the body reader answer
     * a bare 413 half-way.
     */
    private void readChunked(RoutingContext context, long limit) {
        HttpServerRequest request = context.request();
        Buffer body = Buffer.buffer();
        request.handler(chunk -> {
            if (context.response().ended()) {
                return;
            }
            if (body.length() + chunk.length() > limit) {
                refuse(context, tooLarge("more than " + limit + " bytes"));
                return;
            }
            body.appendBuffer(chunk);
        });
        request.endHandler(end -> {
            if (!context.response().ended()) {
                context.setBody(body);
                context.next();
            }
        });
        request.resume();
    }

    private Problem tooLarge(String size) {
        return Problem.of(413, "body-too-large", "Body too large", "The body has " + size + "; the limit is "
                + maxBodySize.orElseThrow().asLongValue() + " bytes.");
    }

    private static int headerBytes(HttpServerRequest request) {
        int bytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            bytes += header.getKey().length() + 2 + header.getValue().length();   // "name: value"
        }
        return bytes;
    }

    private static boolean isIdentity(String encoding) {
        for (String coding : encoding.split(",")) {
            String token = coding.strip().toLowerCase(Locale.ROOT);
            if (!token.isEmpty() && !token.equals("identity")) {
                return false;
            }
        }
        return true;
    }

    private static Long declaredLength(HttpServerRequest request) {
        String length = request.headers().get(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? null : Long.valueOf(length.strip());
        } catch (NumberFormatException e) {
            return null;   // Vert.x refuses an unparsable Content-Length itself
        }
    }

    private void refuse(RoutingContext context, Problem problem) {
        String body;
        try {
            body = json.writeValueAsString(problem.withInstance(context.request().path()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem document is always serialisable", e);
        }
        // The body (if any) is not read: close the connection once answered, rather than wait for bytes we refuse
        // or leave them in the next request's way.
        context.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body)
                .onComplete(sent -> context.request().connection().close());
    }
}
