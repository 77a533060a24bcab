package io.newsroom.store.rest;

import io.newsroom.store.pipeline.PipelineStatus;
import io.newsroom.store.pipeline.PipelineStatus.Pipeline;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.Set;

/** {@code GET /pipeline}: the state of the whole pipeline as the store sees it, for the desk's Pipeline page. */
@Path("/pipeline")
@Produces(MediaType.APPLICATION_JSON)
public class PipelineResource {

    @Inject
    PipelineStatus status;

    @GET
    @Operation(summary = "Health of each service, broker, consumer lag, dead letters and the store's write rate",
            description = "ingest-service and enrich-service are asked at newsroom.store.pipeline.ingest-url / enrich-url "
                    + "(NOT_CONFIGURED without); a part that does not answer within newsroom.store.pipeline.timeout is "
                    + "UNREACHABLE, never an error of this answer. Lag counts the records a read_committed consumer has "
                    + "still to read (not transaction markers or aborted records), and so do dead letters. "
                    + "Takes no parameters (400 for any).")
    @APIResponse(responseCode = "200", description = "The pipeline's state; parts that could not be read say so")
    @APIResponse(responseCode = "400", ref = "InvalidQuery")
    public Pipeline pipeline(@Context UriInfo uri) {
        Problems.throwIfAny(new QueryParams(uri.getQueryParameters(), Set.of()).errors);
        return status.current();
    }
}
