package io.newsroom.store.rest;

import io.newsroom.store.query.CategoryCounts;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.Set;

/** The IPTC Media Topic tree with article counts, for navigation. */
@Path("/categories")
@Produces(MediaType.APPLICATION_JSON)
public class CategoryResource {

    @Inject
    CategoryCounts counts;

    @GET
    @Operation(summary = "All 17 top-level IPTC Media Topics with article counts, and their second-level topics that have articles",
            description = "Takes no parameters (400 for any).")
    @APIResponse(responseCode = "200", description = "The 17 top-level topics, each with its children that have articles")
    @APIResponse(responseCode = "400", ref = "InvalidQuery")
    @APIResponse(responseCode = "503", ref = "DatabaseUnavailable")
    public List<CategoryCounts.Node> tree(@Context UriInfo uri) {
        Problems.throwIfAny(new QueryParams(uri.getQueryParameters(), Set.of()).errors);
        return counts.tree();
    }
}
