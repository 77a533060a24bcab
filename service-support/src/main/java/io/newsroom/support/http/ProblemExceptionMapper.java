package io.newsroom.support.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Answers every {@link ProblemException} with its problem, the request's path as instance, and its headers. */
public class ProblemExceptionMapper {

    @ServerExceptionMapper
    public Response refused(ProblemException e, UriInfo uri) {
        return ProblemResponses.respond(e, uri.getPath());
    }
}
