package io.newsroom.store.rest;

import io.newsroom.support.deadletter.DeadLetterRedrive;
import io.newsroom.support.deadletter.ServiceRedrive;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operators mend data: cancel or delete an article, re-drive dead letters. Needs the admin key (AdminGuard). */
@Path("/admin")
@Tag(name = "admin", description = "Operators only: Authorization: Bearer <admin key>")
// The key is a bearer token (META-INF/openapi.yaml: adminKey); OpenAPI ignores an Authorization header parameter.
@SecurityRequirement(name = "adminKey")
public class AdminResource {

    @Inject
    ArticleAdmin articles;

    @Inject
    ServiceRedrive redrive;

    @POST
    @Path("/articles/{id}/cancel")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hide an article as a source cancellation does (410 afterwards); idempotent")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "200", description = "Canceled now (changed: true) or before (changed: false), and when")
    @APIResponse(responseCode = "400", ref = "InvalidQuery")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "DatabaseUnavailable")
    public ArticleAdmin.Canceled cancel(@Parameter(description = ArticleResource.ID) @PathParam("id") String id) {
        return articles.cancel(ArticleResource.requireId(id)).orElseThrow(() -> notFound(id));
    }

    @DELETE
    @Path("/articles/{id}")
    @Operation(summary = "Remove an article, its links and counts for good (404 afterwards)")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", ref = "InvalidQuery")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "DatabaseUnavailable")
    public void delete(@Parameter(description = ArticleResource.ID) @PathParam("id") String id) {
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
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "200", description = "What was re-driven and skipped, per partition, and what remains")
    @APIResponse(responseCode = "400", ref = "InvalidQuery")
    @APIResponse(responseCode = "503", ref = "KafkaUnavailable")
    public DeadLetterRedrive.Result redrive(
            @Parameter(description = "Only this partition of the dead-letter topic") @QueryParam("partition") String partition,
            @Parameter(description = "First offset, inclusive (needs partition); re-drives a range again on purpose") @QueryParam("from") String from,
            @Parameter(description = "Last offset, inclusive (needs partition)") @QueryParam("to") String to,
            @Parameter(description = "ISO-8601 instant: only letters dead-lettered before it") @QueryParam("until") String until,
            @Parameter(description = "Most letters to re-drive: 1 to 10000, default 1000") @QueryParam("limit") String limit) {
        return redrive.redrive(DeadLetterRedrive.Request.parse(partition, from, to, until, limit));
    }

    private static ProblemException notFound(String id) {
        return Problems.notFound("No article with id " + id);
    }
}
