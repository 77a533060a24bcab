package io.newsroom.support.deadletter;

import io.newsroom.support.http.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import static io.newsroom.support.http.ProblemResponses.respond;

/** The dead-letter re-drive's refusals, answered alike by every service with an admin API: 503 when the broker fails (its 400s are ProblemExceptions). */
public class RedriveProblems {

    private static final Logger LOG = Logger.getLogger(RedriveProblems.class);
    private static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response kafkaUnavailable(DeadLetterRedrive.Unavailable e, UriInfo uri) {
        LOG.warnf("Re-drive failed: %s", e.getMessage());
        return Response.fromResponse(respond(Problem.of(503, "kafka-unavailable", "Kafka unavailable", e.getMessage())
                        .withInstance(uri.getPath())))
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .build();
    }
}
