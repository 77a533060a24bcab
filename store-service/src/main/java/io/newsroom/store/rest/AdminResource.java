package io.newsroom.store.rest;

import io.newsroom.support.deadletter.DeadLetterRedrive;
import io.newsroom.store.write.ArticleAdmin;
import io.newsroom.support.http.ProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operators mend data: cancel or delete an article, re-drive dead letters. Needs the admin key (AdminGuard). */
@Path("/admin")
@Tag(name = "admin", description = "Operators only: Authorization: Bearer <admin key>")
public class AdminResource {

    @Inject
    ArticleAdmin articles;

    @Inject
    DeadLetterRedrive redrive;

    @POST
    @Path("/articles/{id}/cancel")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hide an article as a source cancellation does (410 afterwards); idempotent")
    public ArticleAdmin.Canceled cancel(@PathParam("id") String id) {
        return articles.cancel(ArticleResource.requireId(id)).orElseThrow(() -> notFound(id));
    }

    @DELETE
    @Path("/articles/{id}")
    @Operation(summary = "Remove an article, its links and counts for good (404 afterwards)")
    public void delete(@PathParam("id") String id) {
        if (!articles.delete(ArticleResource.requireId(id))) {
            throw notFound(id);
        }
    }

    @POST
    @Path("/dead-letters/redrive")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Re-publish news.dlq.store-service.v1 onto news.articles.enriched.v1, from where the last re-drive stopped",
            description = "partition, from/to (offsets, inclusive, need partition), until (ISO instant of dead-lettering), "
                    + "limit (1-10000, default 1000). Letters kept only by reference are skipped and counted.")
    public DeadLetterRedrive.Result redrive(@QueryParam("partition") String partition, @QueryParam("from") String from,
                                            @QueryParam("to") String to, @QueryParam("until") String until,
                                            @QueryParam("limit") String limit) {
        return redrive.redrive(DeadLetterRedrive.Request.parse(partition, from, to, until, limit));
    }

    private static ProblemException notFound(String id) {
        return Problems.notFound("No article with id " + id);
    }
}
