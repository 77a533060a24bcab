package io.newsroom.ingest.rest;

import io.newsroom.ingest.config.IngestConfig;
import io.newsroom.ingest.service.IngestMetrics;
import io.newsroom.ingest.problem.RequestRefusedException;
import io.newsroom.ingest.problem.PublishFailedException;
import io.newsroom.ingest.problem.PublishProblems;
import io.newsroom.support.http.HttpRefusals;
import io.newsroom.support.http.ProblemException;
import io.newsroom.support.http.ProblemResponses;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Map;

import static io.newsroom.support.http.ProblemResponses.respond;

/** Every error answer is an RFC 7807 problem document; nothing leaks a stack trace. */
public class ProblemMapper {

    @Inject
    IngestConfig config;

    @Inject
    IngestMetrics metrics;

    @Inject
    PublishFailureLog failureLog;

    @Inject
    HttpRefusals refusals;

    @ServerExceptionMapper
    public Response refused(RequestRefusedException e, UriInfo uri) {
        metrics.rejected(e.reason());
        return respond(e, uri.getPath());
    }

    /** 503 either way; the problem type says whether the article may have been written (see PublishProblems). */
    @ServerExceptionMapper
    public Response unavailable(PublishFailedException e, UriInfo uri) {
        metrics.publishFailed();
        failureLog.failed(e);
        // Answered as the refusal it becomes here, where the wording ("The article") and Retry-After are known.
        return respond(new ProblemException(PublishProblems.of(e, "The article", config.retryAfterSeconds()),
                Map.of(HttpHeaders.RETRY_AFTER, String.valueOf(config.retryAfterSeconds()))), uri.getPath());
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, ContainerRequestContext request) {
        if (e.getResponse().getStatus() == 415) {
            metrics.rejected("unsupported-media-type");
        }
        return refusals.answer(e, request);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        return ProblemResponses.unexpected(e, uri.getPath(), "The server failed unexpectedly; the article was not accepted. Retry later.");
    }
}
