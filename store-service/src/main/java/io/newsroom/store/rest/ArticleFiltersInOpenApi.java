package io.newsroom.store.rest;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Puts the article filters ({@link QueryParams#FILTER_PARAMETERS}) on every operation marked with
 * {@value QueryParams#ARTICLE_FILTERS_EXTENSION} (the list and the stream), ahead of the operation's own parameters,
 * and drops the marker: the names and descriptions live once, beside the code that reads them. Applied by
 * {@link StoreOpenApiFilter}.
 */
final class ArticleFiltersInOpenApi {

    private ArticleFiltersInOpenApi() {
    }

    static void addTo(Operation operation) {
        Map<String, Object> extensions = operation.getExtensions();
        if (extensions == null || !extensions.containsKey(QueryParams.ARTICLE_FILTERS_EXTENSION)) {
            return;
        }
        operation.removeExtension(QueryParams.ARTICLE_FILTERS_EXTENSION);
        List<Parameter> parameters = new ArrayList<>();
        QueryParams.FILTER_PARAMETERS.forEach((name, description) -> parameters.add(OASFactory.createParameter()
                .name(name).in(Parameter.In.QUERY).description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))));
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        operation.setParameters(parameters);
    }
}
