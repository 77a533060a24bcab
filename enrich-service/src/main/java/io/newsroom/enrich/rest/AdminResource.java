package io.newsroom.enrich.rest;

import io.newsroom.support.deadletter.DeadLetterRedrive;
import io.newsroom.support.deadletter.ServiceRedrive;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Operators re-drive dead letters after a fix: news.dlq.enrich-service.v1 back onto news.articles.raw.v1, from where
 * the last re-drive stopped. Needs the admin key (AdminGuard). Parameters: partition, from/to (offsets, inclusive,
 * need partition), until (ISO instant of dead-lettering), limit (1-10000, default 1000).
 */
@Path("/admin")
public class AdminResource {

    @Inject
    ServiceRedrive redrive;

    @POST
    @Path("/dead-letters/redrive")
    @Produces(MediaType.APPLICATION_JSON)
    public DeadLetterRedrive.Result redrive(@QueryParam("partition") String partition, @QueryParam("from") String from,
                                            @QueryParam("to") String to, @QueryParam("until") String until,
                                            @QueryParam("limit") String limit) {
        return redrive.redrive(DeadLetterRedrive.Request.parse(partition, from, to, until, limit));
    }
}
