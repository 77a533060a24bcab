package io.newsroom.store.rest;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.Map;

/**
 * Adds the refusals that come before any resource method to every operation of the OpenAPI document: they hold for
 * every path alike (service-support's TransportLimits and HttpRefusals), so they are written once here rather than
 * on each method. 406 only where the operation answers with a body (a 204 negotiates nothing). The answers
 * themselves are described in META-INF/openapi.yaml. Applied by {@link StoreOpenApiFilter}.
 */
final class RefusalsInOpenApi {

    private static final Map<String, String> EVERY_OPERATION = Map.of(
            "405", "MethodNotAllowed",
            "413", "BodyTooLarge",
            "414", "UriTooLong",
            "415", "UnsupportedContentEncoding",
            "431", "HeaderFieldsTooLarge");

    private RefusalsInOpenApi() {
    }

    static void addTo(Operation operation) {
        EVERY_OPERATION.forEach((code, name) -> refer(operation, code, name));
        if (answersWithABody(operation)) {
            refer(operation, "406", "NotAcceptable");
        }
    }

    private static boolean answersWithABody(Operation operation) {
        return operation.getResponses().getAPIResponses().entrySet().stream()
                .anyMatch(answer -> answer.getKey().startsWith("2") && answer.getValue().getContent() != null
                        && answer.getValue().getContent().getMediaTypes() != null
                        && !answer.getValue().getContent().getMediaTypes().isEmpty());
    }

    private static void refer(Operation operation, String code, String name) {
        if (!operation.getResponses().hasAPIResponse(code)) {
            APIResponse answer = OASFactory.createAPIResponse().ref(name);
            operation.getResponses().addAPIResponse(code, answer);
        }
    }
}
