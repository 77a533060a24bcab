package io.newsroom.store.rest;

import io.newsroom.support.http.HttpRefusals;
import io.newsroom.support.http.Problem;
import io.newsroom.support.http.ProblemResponses;
import io.newsroom.store.database.DatabaseErrors;
import io.newsroom.store.database.DatabaseOutage;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import static io.newsroom.support.http.ProblemResponses.respond;

/**
 * Every error answer is an RFC 7807 problem document; nothing leaks a stack trace. Refusals (400, 404, 410) are
 * service-support's ProblemExceptions; this maps what is the store's own: database trouble as 503.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @Inject
    DatabaseOutage outage;

    @Inject
    HttpRefusals refusals;

    @ServerExceptionMapper
    public Response http(WebApplicationException e, ContainerRequestContext request) {
        return refusals.answer(e, request);
    }

    /** Seconds a client is asked to wait when the database is saturated or unreachable. */
    static final int RETRY_AFTER_SECONDS = 2;

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (isDatabaseTrouble(e)) {
            // No connection free in time, a query over its time limit, or the database down: the request was
            // fine, the service is saturated. 503 tells clients and load balancers to back off and retry. An outage
            // is logged once (DatabaseOutage), not once per request.
            if (DatabaseErrors.isOutage(e)) {
                outage.failed("a query (" + uri.getPath() + ")", e);
            } else {
                LOG.warnf("Database busy or unavailable for %s: %s", uri.getPath(), DatabaseErrors.describe(e));
            }
            return Response.fromResponse(respond(Problem.of(503, "database-unavailable", "Database busy or unavailable",
                            "The archive cannot answer right now; retry in " + RETRY_AFTER_SECONDS + " s.")
                            .withInstance(uri.getPath())))
                    .header("Retry-After", RETRY_AFTER_SECONDS)
                    .build();
        }
        return ProblemResponses.unexpected(e, uri.getPath(), "The server failed unexpectedly.");
    }

    static boolean isDatabaseTrouble(Throwable e) {
        if (DatabaseErrors.isOutage(e)) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException || t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof jakarta.persistence.QueryTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
