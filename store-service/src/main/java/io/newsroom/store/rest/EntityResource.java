package io.newsroom.store.rest;

import io.newsroom.store.query.ArticleSummary;
import io.newsroom.store.query.EntityQueries;
import io.newsroom.store.query.EntityQueries.EntityView;
import io.newsroom.store.query.EntityQueries.Related;
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

import java.util.List;

/** Entity pages: who and what the archive mentions, how often, recently, and together with whom. */
@Path("/entities")
@Produces(MediaType.APPLICATION_JSON)
public class EntityResource {

    static final String KEY = "The entity's key: wikidata:Q… when linked, else <type>:<slug>, e.g. person:jane-doe";
    private static final int RECENT = 10;
    private static final int RELATED = 10;

    public record EntityList(List<EntityView> items, int count) {
    }

    public record EntityPage(EntityView entity, List<ArticleSummary> recentArticles, List<Related> relatedEntities) {
    }

    @Inject
    EntityQueries entities;

    @GET
    @Operation(summary = "Entities with their article counts, most mentioned first",
            description = "type: PERSON, ORGANIZATION, LOCATION or MISC; q: an exact key or part of the name; limit 1-100 (20).")
    // Read from the raw query (QueryParams); declared here for the OpenAPI document only.
    @Parameter(name = "type", in = ParameterIn.QUERY, description = "PERSON, ORGANIZATION, LOCATION or MISC (any case)")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "An exact entity key, or part of the name (case-insensitive)")
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "1 to 100, default 20")
    @APIResponse(responseCode = "200", description = "Entities, most mentioned first")
    @APIResponse(responseCode = "400", ref = "InvalidQuery")
    @APIResponse(responseCode = "503", ref = "DatabaseUnavailable")
    public EntityList list(@Context UriInfo uri) {
        QueryParams params = new QueryParams(uri.getQueryParameters(), QueryParams.ENTITY_LIST);
        String type = params.entityType("type");
        String q = params.text("q");
        int limit = params.limit();
        Problems.throwIfAny(params.errors);
        List<EntityView> items = entities.list(type, q, limit);
        return new EntityList(items, items.size());
    }

    @GET
    @Path("/{key}")
    @Operation(summary = "One entity, its most recent articles and the entities most often mentioned with it")
    @APIResponse(responseCode = "200", description = "The entity, its recent articles and related entities")
    @APIResponse(responseCode = "400", ref = "InvalidQuery")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "DatabaseUnavailable")
    public EntityPage byKey(@Parameter(description = KEY) @PathParam("key") String key) {
        Problems.throwIfAny(QueryParams.entityKey(key));
        EntityView entity = entities.byKey(key).orElseThrow(() -> Problems.notFound("No entity with key " + key));
        return new EntityPage(entity, entities.recentArticles(key, RECENT), entities.related(key, RELATED));
    }
}
