package io.newsroom.store.rest;

import io.newsroom.schemas.Problem.FieldError;
import io.newsroom.store.service.ArticleQuery;
import io.newsroom.store.service.ArticleSearch;
import io.newsroom.store.service.ArticleSummary;
import io.newsroom.store.service.EntityQueries;
import io.newsroom.store.service.EntityQueries.EntityView;
import io.newsroom.store.service.EntityQueries.Related;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Entity pages: who and what the archive mentions, how often, recently, and together with whom. */
@Path("/entities")
@Produces(MediaType.APPLICATION_JSON)
public class EntityResource {

    private static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");
    private static final int RECENT = 10;
    private static final int RELATED = 10;

    public record EntityList(List<EntityView> items, int count) {
    }

    public record EntityPage(EntityView entity, List<ArticleSummary> recentArticles, List<Related> relatedEntities) {
    }

    @Inject
    EntityQueries entities;

    @Inject
    ArticleQuery articles;

    @GET
    @Operation(summary = "Entities with their article counts, most mentioned first",
            description = "type: PERSON, ORGANIZATION, LOCATION or MISC; q: an exact key or part of the name; limit 1-100 (20).")
    public EntityList list(@Context UriInfo uri) {
        var params = uri.getQueryParameters();
        List<FieldError> errors = new ArrayList<>();
        params.keySet().stream().filter(name -> !Set.of("type", "q", "limit").contains(name)).sorted()
                .forEach(name -> errors.add(new FieldError(name, "unknown parameter; use type, q or limit")));
        String type = params.getFirst("type") == null ? null : params.getFirst("type").toUpperCase(Locale.ROOT);
        if (type != null && !TYPES.contains(type)) {
            errors.add(new FieldError("type", "must be one of " + new java.util.TreeSet<>(TYPES)));
        }
        String q = params.getFirst("q");
        if (q != null && (q.isBlank() || q.length() > 200)) {
            errors.add(new FieldError("q", "must be 1 to 200 characters"));
        }
        int limit = 20;
        if (params.getFirst("limit") != null) {
            try {
                limit = Integer.parseInt(params.getFirst("limit"));
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > 100) {
                errors.add(new FieldError("limit", "must be a whole number from 1 to 100"));
            }
        }
        Problems.BadRequest.throwIfAny(errors);
        List<EntityView> items = entities.list(type, q, limit);
        return new EntityList(items, items.size());
    }

    @GET
    @Path("/{key}")
    @Operation(summary = "One entity, its most recent articles and the entities most often mentioned with it")
    public EntityPage byKey(@PathParam("key") String key) {
        if (key.length() > 512) {
            throw new Problems.BadRequest(List.of(new FieldError("key", "must be at most 512 characters")));
        }
        EntityView entity = entities.byKey(key).orElseThrow(() -> new Problems.NotFound("No entity with key " + key));
        List<ArticleSummary> recent = articles.summaries(entities.recentArticleIds(key, RECENT).stream()
                .map(id -> new ArticleSearch.Hit(id, null)).toList());
        return new EntityPage(entity, recent, entities.related(key, RELATED));
    }
}
