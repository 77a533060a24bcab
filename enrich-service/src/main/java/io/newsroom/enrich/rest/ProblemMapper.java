package io.newsroom.enrich.rest;

import io.newsroom.support.http.HttpRefusals;
import io.newsroom.support.http.ProblemResponses;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import static io.newsroom.support.http.ProblemResponses.respond;

/** Every error answer of the admin API is an RFC 7807 problem document (re-drive refusals: service-support's RedriveProblems); nothing leaks a stack trace. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @Inject
    HttpRefusals refusals;

    @ServerExceptionMapper
    public Response http(WebApplicationException e, ContainerRequestContext request) {
        return refusals.answer(e, request);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.error("Unexpected failure", e);
        return respond(ProblemResponses.internalError("The server failed unexpectedly.").withInstance(uri.getPath()));
    }
}
