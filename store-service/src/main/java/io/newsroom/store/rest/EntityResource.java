package io.newsroom.store.rest;

import io.newsroom.store.query.ArticleSummary;
import io.newsroom.store.query.EntityQueries;
import io.newsroom.store.query.EntityQueries.EntityView;
import io.newsroom.store.query.EntityQueries.Related;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.Set;

/**
 * Entity pages: who and what the archive mentions, how often, recently, over time and together with whom. The
 * timeline lives here, not in a resource class of its own: RESTEasy Reactive picks the class by its path first, and
 * with two classes under /entities a method the path does not take (POST …/timeline) fell through to a 404 instead of
 * the 405 naming Allow.
 */
@Path("/entities")
@Produces(MediaType.APPLICATION_JSON)
public class EntityResource {

    static final String KEY = "The entity's key: wikidata:Q… when linked, else <type>:<slug>, e.g. person:jane-doe";
    private static final int RECENT = 10;
    private static final int RELATED = 10;
    static final int DEFAULT_DAYS = 90;
    static final int MAX_DAYS = 366;

    public record EntityList(List<EntityView> items, int count) {
    }

    public record EntityPage(EntityView entity, List<ArticleSummary> recentArticles, List<Related> relatedEntities) {
    }

    @Inject
    EntityQueries entities;

    @Inject
    EntityTimeline timeline;

    @GET
    @Operation(summary = "Entities with their article counts, most mentioned first",
            description = "type: PERSON, ORGANIZATION, LOCATION or MISC; q: an exact key or part of the name; limit 1-100 (20).")
    // Read from the raw query (QueryParams); declared here for the OpenAPI document only.
    @Parameter(name = "type", in = ParameterIn.QUERY, description = "PERSON, ORGANIZATION, LOCATION or MISC (any case)",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "An exact entity key, or part of the name (case-insensitive)",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "1 to 100, default 20",
            schema = @Schema(type = SchemaType.INTEGER))
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
    @Operation(summary = "One entity, its most recent articles and the entities most often mentioned with it",
            description = "404 for an unknown entity; 400 for a key the archive cannot hold or any query parameter (it takes none).")
    @APIResponse(responseCode = "200", description = "The entity, its recent articles and related entities")
    @APIResponse(responseCode = "400", ref = "InvalidQuery")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "DatabaseUnavailable")
    public EntityPage byKey(@Parameter(description = KEY) @PathParam("key") String key, @Context UriInfo uri) {
        QueryParams params = new QueryParams(uri.getQueryParameters(), Set.of());
        params.errors.addAll(QueryParams.entityKey(key));
        Problems.throwIfAny(params.errors);
        EntityView entity = entities.byKey(key).orElseThrow(() -> Problems.notFound("No entity with key " + key));
        return new EntityPage(entity, entities.recentArticles(key, RECENT), entities.related(key, RELATED));
    }

    @GET
    @Path("/{key}/timeline")
    @Operation(summary = "Visible articles mentioning the entity per UTC day of publication, for the last days up to today",
            description = "Every day is listed, oldest first, days without articles as 0. 404 for an unknown entity; "
                    + "400 for a days outside 1-" + MAX_DAYS + " or an unknown parameter.")
    @Parameter(name = "days", in = ParameterIn.QUERY, description = "1 to " + MAX_DAYS + ", default " + DEFAULT_DAYS,
            schema = @Schema(type = SchemaType.INTEGER))
    @APIResponse(responseCode = "200", description = "Articles per day, oldest first")
    @APIResponse(responseCode = "400", ref = "InvalidQuery")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "DatabaseUnavailable")
    public Timeline timeline(@Parameter(description = KEY) @PathParam("key") String key, @Context UriInfo uri) {
        QueryParams params = new QueryParams(uri.getQueryParameters(), Set.of("days"));
        int days = params.wholeNumber("days", 1, MAX_DAYS, DEFAULT_DAYS);
        params.errors.addAll(QueryParams.entityKey(key));
        Problems.throwIfAny(params.errors);
        entities.byKey(key).orElseThrow(() -> Problems.notFound("No entity with key " + key));
        return timeline.of(key, days);
    }
}
