package io.newsroom.store.rest;

import io.newsroom.store.query.EntityQueries;
import io.newsroom.store.query.EntityTimeline;
import io.newsroom.store.query.EntityTimeline.Timeline;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.Set;

/** {@code GET /entities/{key}/timeline}: an entity's articles per day, the chart of its page. */
@Path("/entities/{key}/timeline")
@Produces(MediaType.APPLICATION_JSON)
public class EntityTimelineResource {

    static final int DEFAULT_DAYS = 90;
    static final int MAX_DAYS = 366;

    @Inject
    EntityQueries entities;

    @Inject
    EntityTimeline timeline;

    @GET
    @Operation(summary = "Visible articles mentioning the entity per UTC day of publication, for the last days up to today",
            description = "Every day is listed, oldest first, days without articles as 0. 404 for an unknown entity; "
                    + "400 for a days outside 1-" + MAX_DAYS + " or an unknown parameter.")
    @Parameter(name = "days", in = ParameterIn.QUERY, description = "1 to " + MAX_DAYS + ", default " + DEFAULT_DAYS)
    @APIResponse(responseCode = "200", description = "Articles per day, oldest first")
    @APIResponse(responseCode = "400", ref = "InvalidQuery")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "DatabaseUnavailable")
    public Timeline timeline(@Parameter(description = EntityResource.KEY) @PathParam("key") String key, @Context UriInfo uri) {
        QueryParams params = new QueryParams(uri.getQueryParameters(), Set.of("days"));
        int days = params.wholeNumber("days", 1, MAX_DAYS, DEFAULT_DAYS);
        params.errors.addAll(QueryParams.entityKey(key));
        Problems.throwIfAny(params.errors);
        entities.byKey(key).orElseThrow(() -> Problems.notFound("No entity with key " + key));
        return timeline.of(key, days);
    }
}
