package io.newsroom.support.http;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import java.util.Locale;

/**
 * How every service turns a {@link Problem} into an answer, and the problems all of them answer alike: a JAX-RS
 * refusal (404 unknown path, 405, 406, 415 …; answered with its headers by {@link HttpRefusals}) and an unexpected
 * failure. Each service's ProblemMapper maps its own exceptions and uses these, so the bodies cannot drift apart.
 */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    /** The problem as an application/problem+json answer with its status. */
    public static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The exception's problem at {@code path}, with its headers. */
    public static Response respond(ProblemException e, String path) {
        Response.ResponseBuilder response = Response.fromResponse(respond(e.problem().withInstance(path)));
        e.headers().forEach(response::header);
        return response.build();
    }

    /** A refusal of the JAX-RS layer, named after its status: 405 → {@code …/problems/method-not-allowed}. */
    public static Problem ofHttp(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        String slug = status.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '-');
        return Problem.of(status.getStatusCode(), slug, status.getReasonPhrase(), e.getMessage());
    }

    /** The 500 for a failure nobody foresaw; {@code detail} says what it means for the caller, never the cause. */
    public static Problem internalError(String detail) {
        return Problem.of(500, "internal-error", "Internal error", detail);
    }

    /**
     * Every service's last resort: the failure logged with its stack trace (for the operator), the caller answered
     * with a 500 problem that says what it means for them and nothing of the cause.
     */
    public static Response unexpected(Throwable e, String path, String detail) {
        org.jboss.logging.Logger.getLogger(ProblemResponses.class).error("Unexpected failure at " + path, e);
        return respond(internalError(detail).withInstance(path));
    }
}
