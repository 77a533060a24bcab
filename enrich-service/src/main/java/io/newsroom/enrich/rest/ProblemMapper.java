package io.newsroom.enrich.rest;

import io.newsroom.support.http.HttpRefusals;
import io.newsroom.support.http.ProblemResponses;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error answer of the admin API is an RFC 7807 problem document (re-drive refusals: service-support's RedriveProblems); nothing leaks a stack trace. */
public class ProblemMapper {

    @Inject
    HttpRefusals refusals;

    @ServerExceptionMapper
    public Response http(WebApplicationException e, ContainerRequestContext request) {
        return refusals.answer(e, request);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        return ProblemResponses.unexpected(e, uri.getPath(), "The server failed unexpectedly.");
    }
}
