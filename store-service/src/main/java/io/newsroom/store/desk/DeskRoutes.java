package io.newsroom.store.desk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.support.http.Problem;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * How the desk's static files (META-INF/resources/desk, served by Quarkus) reach the browser: {@code /desk} leads to
 * {@code /desk/}, and every desk answer carries the headers below. Headers are set when the answer's headers are
 * written, so they replace what the static handler put there itself.
 */
@ApplicationScoped
public class DeskRoutes {

    /**
     * The desk is the page and its own modules, stylesheet and API, nothing else: no inline script or style (the desk
     * has none; style is set through the CSSOM only), no plugin, no frame, no other origin. {@code form-action}
     * 'self' for the search form; links to Wikidata and article sites are navigations, which the policy leaves alone.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /**
     * Revalidate on every use: the file names carry no version, so a cached copy must not outlive an upgrade. The
     * static handler's Last-Modified makes an unchanged file a 304 without body.
     */
    static final String CACHE_CONTROL = "no-cache";

    /** The answer to any method but GET, HEAD and OPTIONS: static files are only read. */
    static final Problem WRONG_METHOD = Problem.of(405, "method-not-allowed", "Method Not Allowed",
            "The desk's files are only read: use GET.");

    @Inject
    ObjectMapper mapper;

    void install(@Observes Router router) {
        // Before the static files (a default route) so /desk is answered here rather than 404.
        router.route("/desk").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::redirect);
        router.route("/desk/*").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::secure);
    }

    /** {@code /desk} is a directory: relative links in index.html only resolve from {@code /desk/}. */
    private void redirect(RoutingContext context) {
        String path = context.request().path();
        HttpMethod method = context.request().method();
        if (!path.equals("/desk") || !(method.equals(HttpMethod.GET) || method.equals(HttpMethod.HEAD))) {
            context.next();
            return;
        }
        String query = context.request().query();
        securityHeaders(context.response());
        context.response().setStatusCode(301)
                .putHeader("Location", "/desk/" + (query == null || query.isEmpty() ? "" : "?" + query))
                .end();
    }

    private void secure(RoutingContext context) {
        HttpServerResponse response = context.response();
        HttpMethod method = context.request().method();
        if (!(method.equals(HttpMethod.GET) || method.equals(HttpMethod.HEAD) || method.equals(HttpMethod.OPTIONS))) {
            // Static files are only read: a POST to the desk is the wrong method, not an unknown path.
            securityHeaders(response);
            response.setStatusCode(405).putHeader("Allow", "GET, HEAD").putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(json(WRONG_METHOD.withInstance(context.request().path())));
            return;
        }
        context.addHeadersEndHandler(ignored -> {
            securityHeaders(response);
            response.headers().set("Cache-Control", CACHE_CONTROL);
        });
        context.next();
    }

    private String json(Problem problem) {
        try {
            return mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem document is always serialisable", e);
        }
    }

    private static void securityHeaders(HttpServerResponse response) {
        response.headers()
                .set("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .set("X-Content-Type-Options", "nosniff")
                // The desk links to Wikidata and to the sources' sites: they need not learn the desk's address.
                .set("Referrer-Policy", "no-referrer");
    }
}
