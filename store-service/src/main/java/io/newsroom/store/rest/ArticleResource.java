package io.newsroom.store.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.support.http.Problem.FieldError;
import io.newsroom.store.query.ArticleFilter;
import io.newsroom.store.query.ArticleQuery;
import io.newsroom.store.query.ArticleSearch;
import io.newsroom.store.query.ArticleSummary;
import io.newsroom.store.query.Cursor;
import io.newsroom.store.query.Facets;
import io.newsroom.store.query.Taxonomy;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Read API of the archive: filtered, searchable, paginated lists with facets, and single articles. */
@Path("/articles")
public class ArticleResource {

    private static final Pattern ARTICLE_ID = Pattern.compile("[0-9a-f]{32}");
    static final String ID = "The article's id: 32 lowercase hex characters (the Location ingest-service answered)";

    /** A page of articles; {@code nextCursor} is absent on the last page; {@code facets} only when asked for. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ArticleList(List<ArticleSummary> items, int count, String nextCursor, Facets.Result facets) {
    }

    @Inject
    ArticleQuery query;

    @Inject
    ArticleSearch search;

    @Inject
    Taxonomy taxonomy;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List articles, newest first (or by relevance with q)",
            description = "Filters combine with AND. category: an IPTC Media Topic code (a top-level code includes its "
                    + "children); entity: an entity key (wikidata:Q458) or name; entityType: PERSON, ORGANIZATION, LOCATION, "
                    + "MISC; source; language; from/to: ISO-8601 instant or date, on the publication time; q: full text "
                    + "(web-search syntax: words, \"phrases\", OR, -not). Pass nextCursor back as cursor for the next page. "
                    + "facets=true adds counts for the whole filter. Canceled articles are left out.",
            extensions = @Extension(name = QueryParams.ARTICLE_FILTERS_EXTENSION, value = "true"))
    // Read from the raw query (QueryParams: repeated and unknown parameters are errors too); declared for the OpenAPI
    // document only: the filters come from QueryParams.FILTER_PARAMETERS through the extension, paging is the list's own.
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "1 to 100, default 20",
            schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "cursor", in = ParameterIn.QUERY, description = "nextCursor of the previous page",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "facets", in = ParameterIn.QUERY, description = "true adds counts for the whole filter",
            schema = @Schema(type = SchemaType.BOOLEAN))
    @APIResponse(responseCode = "200", description = "A page of articles (and the facets when asked for)")
    @APIResponse(responseCode = "400", ref = "InvalidQuery")
    @APIResponse(responseCode = "503", ref = "DatabaseUnavailable")
    public ArticleList list(@Context UriInfo uri) {
        Set<String> allowed = new HashSet<>(QueryParams.FILTERS);
        allowed.addAll(QueryParams.PAGING);
        QueryParams params = new QueryParams(uri.getQueryParameters(), allowed);
        ArticleFilter filter = params.filter(taxonomy);
        int size = params.limit();
        Cursor after = params.cursor(filter.hasText());
        boolean withFacets = params.flag("facets");
        Problems.throwIfAny(params.errors);

        ArticleSearch.Page page = search.search(filter, after, size, withFacets);
        return new ArticleList(page.items(), page.items().size(), page.next() == null ? null : page.next().encode(),
                page.facets());
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One article with its categories and entities, in the enriched event's shape",
            description = "404 when unknown; 410 with canceledAt when its source canceled it; 400 for a malformed id or any "
                    + "query parameter (it takes none).")
    @APIResponse(responseCode = "200", description = "The article")
    @APIResponse(responseCode = "400", ref = "InvalidQuery")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "410", ref = "Canceled")
    @APIResponse(responseCode = "503", ref = "DatabaseUnavailable")
    public EnrichedArticle byId(@Parameter(description = ID) @PathParam("id") String id, @Context UriInfo uri) {
        return visible(id, uri);
    }

    @GET
    @Path("/{id}")
    @Produces(NinjsMapper.MEDIA_TYPE)
    @Operation(summary = "One article as an IPTC ninjs 2.x document (Accept: application/ninjs+json)")
    public ObjectNode byIdAsNinjs(@Parameter(description = ID) @PathParam("id") String id, @Context UriInfo uri) {
        return NinjsMapper.toNinjs(visible(id, uri));
    }

    /** @return the id when it is shaped like an article id; else a 400 naming it */
    static String requireId(String id) {
        if (!ARTICLE_ID.matcher(id).matches()) {
            throw Problems.badRequest(List.of(new FieldError("id", "must be 32 lowercase hex characters")));
        }
        return id;
    }

    /** The article unless canceled; a bad id and any query parameter (it takes none) are one 400 naming each. */
    private EnrichedArticle visible(String id, UriInfo uri) {
        QueryParams params = new QueryParams(uri.getQueryParameters(), Set.of());
        if (!ARTICLE_ID.matcher(id).matches()) {
            params.errors.add(new FieldError("id", "must be 32 lowercase hex characters"));
        }
        Problems.throwIfAny(params.errors);
        ArticleQuery.Stored stored = query.byId(id).orElseThrow(() -> Problems.notFound("No article with id " + id));
        if (stored.canceledAt() != null) {
            throw Problems.gone(id, stored.canceledAt());
        }
        return stored.article();
    }
}
