package io.newsroom.store.rest;

import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.schemas.Problem;
import io.newsroom.schemas.Problem.FieldError;
import io.newsroom.store.service.ArticleQuery;
import io.newsroom.store.service.ArticleQuery.Filter;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Read API of the archive: one article by id, or a filtered list, newest first. */
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    private static final Set<String> FILTERS = Set.of("category", "entity", "limit");
    private static final Pattern CATEGORY = Pattern.compile("medtop:[0-9]{8}");
    private static final Pattern ARTICLE_ID = Pattern.compile("[0-9a-f]{32}");

    /** A page of articles. */
    public record ArticleList(List<EnrichedArticle> items, int count) {
    }

    @Inject
    ArticleQuery query;

    @GET
    @Path("/{id}")
    public EnrichedArticle byId(@PathParam("id") String id) {
        if (!ARTICLE_ID.matcher(id).matches()) {
            throw new BadRequestProblem(List.of(new FieldError("id", "must be 32 lowercase hex characters")));
        }
        return query.byId(id).orElseThrow(() -> new NotFoundProblem("No article with id " + id));
    }

    @GET
    public ArticleList list(@Context UriInfo uri) {
        var params = uri.getQueryParameters();
        List<FieldError> errors = new ArrayList<>();
        params.keySet().stream().filter(name -> !FILTERS.contains(name)).sorted()
                .forEach(name -> errors.add(new FieldError(name, "unknown filter; use one of " + FILTERS)));
        String category = single(params.get("category"), "category", errors);
        String entity = single(params.get("entity"), "entity", errors);
        String limitText = single(params.get("limit"), "limit", errors);
        if (category != null && !CATEGORY.matcher(category).matches()) {
            errors.add(new FieldError("category", "must be an IPTC Media Topic code such as medtop:15000000"));
        }
        if (entity != null && (entity.isBlank() || entity.length() > 512)) {
            errors.add(new FieldError("entity", "must be an entity key or name of 1 to 512 characters"));
        }
        int limit = parseLimit(limitText, errors);
        if (!errors.isEmpty()) {
            throw new BadRequestProblem(errors);
        }
        List<EnrichedArticle> items = query.list(new Filter(category, entity, limit));
        return new ArticleList(items, items.size());
    }

    private static String single(List<String> values, String name, List<FieldError> errors) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            errors.add(new FieldError(name, "give it once"));
        }
        return values.get(0);
    }

    private static int parseLimit(String text, List<FieldError> errors) {
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError("limit", "must be a whole number from 1 to " + MAX_LIMIT));
        return DEFAULT_LIMIT;
    }

    /** 400 naming each bad parameter. */
    public static class BadRequestProblem extends RuntimeException {
        public final transient List<FieldError> errors;

        BadRequestProblem(List<FieldError> errors) {
            super("Invalid query", null, false, false);
            this.errors = errors;
        }
    }

    /** 404 for an unknown article. */
    public static class NotFoundProblem extends RuntimeException {
        NotFoundProblem(String message) {
            super(message, null, false, false);
        }
    }

    static Problem badRequest(List<FieldError> errors) {
        return Problem.of(400, "invalid-query", "Invalid query", errors.size() + " parameter(s) are invalid").withErrors(errors);
    }
}
