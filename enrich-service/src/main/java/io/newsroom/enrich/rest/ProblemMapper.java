package io.newsroom.enrich.rest;

import io.newsroom.schemas.Problem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Locale;

/** Every error answer of the admin API is an RFC 7807 problem document (re-drive refusals: service-http); nothing leaks a stack trace. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        String slug = status.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '-');
        return respond(Problem.of(status.getStatusCode(), slug, status.getReasonPhrase(), e.getMessage())
                .withInstance(uri.getPath()));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.error("Unexpected failure", e);
        return respond(Problem.of(500, "internal-error", "Internal error", "The server failed unexpectedly.")
                .withInstance(uri.getPath()));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
