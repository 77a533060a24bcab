package io.newsroom.enrich.rest;

import io.newsroom.schemas.DeadLetterRedrive;
import io.newsroom.schemas.Problem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Locale;

/** Every error answer of the admin API is an RFC 7807 problem document; nothing leaks a stack trace. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response invalid(DeadLetterRedrive.InvalidRequest e, UriInfo uri) {
        return respond(Problem.of(400, "invalid-query", "Invalid query", e.getMessage()).withErrors(e.errors())
                .withInstance(uri.getPath()));
    }

    @ServerExceptionMapper
    public Response kafkaUnavailable(DeadLetterRedrive.Unavailable e, UriInfo uri) {
        LOG.warnf("Re-drive failed: %s", e.getMessage());
        return Response.fromResponse(respond(Problem.of(503, "kafka-unavailable", "Kafka unavailable", e.getMessage())
                        .withInstance(uri.getPath())))
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .build();
    }

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
