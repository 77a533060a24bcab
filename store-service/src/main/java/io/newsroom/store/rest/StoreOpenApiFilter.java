package io.newsroom.store.rest;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Completes the OpenAPI document with what holds for several operations at once and so is written once, not on each
 * method: the refusals that come before any resource ({@link RefusalsInOpenApi}) and the article filters
 * ({@link ArticleFiltersInOpenApi}). Registered by {@code mp.openapi.filter}.
 */
public class StoreOpenApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            ArticleFiltersInOpenApi.addTo(operation);
            RefusalsInOpenApi.addTo(operation);
        }));
    }
}
