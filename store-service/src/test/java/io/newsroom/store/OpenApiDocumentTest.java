package io.newsroom.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.infra.quarkus.KafkaResource;
import io.newsroom.infra.quarkus.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.store.write.ArticleUpsert;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.newsroom.store.EnrichedEvents.builder;
import static io.newsroom.store.EnrichedEvents.uniqueId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store's OpenAPI document (issue 17, item 3) documents every endpoint's parameters (query, path and header, each
 * with a description), the admin key as a bearer security scheme, and every error answer it gives, each as
 * application/problem+json, including the refusals the HTTP and JAX-RS layers give (405, 406, 413, 414, 415, 431),
 * which are provoked on the running service and must be documented exactly where they happen. A new endpoint,
 * parameter or error answer fails here until it is documented.
 */
@QuarkusTest
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class OpenApiDocumentTest {

    @Inject
    ArticleUpsert upsert;

    private static final Set<String> FILTERS = Set.of("category", "entity", "entityType", "source", "language", "from", "to", "q");

    /** An operation's parameters ("in:name") and answers. */
    record Expected(Set<String> parameters, Set<String> responses) {
    }

    /** What every request can be refused with before a resource runs: wrong method, body, request line, headers. */
    private static final Set<String> REFUSALS = Set.of("405", "413", "414", "415", "431");

    private static Map<String, Expected> expected() {
        Map<String, Expected> ops = new LinkedHashMap<>();
        Set<String> list = new TreeSet<>(prefixed("query", FILTERS));
        list.addAll(prefixed("query", Set.of("limit", "cursor", "facets")));
        ops.put("GET /articles", new Expected(list, answers("200", "400", "406", "503")));
        ops.put("GET /articles/{id}", new Expected(Set.of("path:id"), answers("200", "400", "404", "406", "410", "503")));
        Set<String> stream = new TreeSet<>(prefixed("query", FILTERS));
        stream.add("header:Last-Event-ID");
        ops.put("GET /articles/stream", new Expected(stream, answers("200", "400", "406", "503")));
        ops.put("GET /entities", new Expected(prefixed("query", Set.of("type", "q", "limit")), answers("200", "400", "406", "503")));
        ops.put("GET /entities/{key}", new Expected(Set.of("path:key"), answers("200", "400", "404", "406", "503")));
        ops.put("GET /entities/{key}/timeline", new Expected(Set.of("path:key", "query:days"),
                answers("200", "400", "404", "406", "503")));
        ops.put("GET /categories", new Expected(Set.of(), answers("200", "400", "406", "503")));
        ops.put("GET /pipeline", new Expected(Set.of(), answers("200", "400", "406")));
        ops.put("POST /admin/articles/{id}/cancel", new Expected(Set.of("path:id"),
                answers("200", "400", "401", "403", "404", "406", "503")));
        ops.put("DELETE /admin/articles/{id}", new Expected(Set.of("path:id"),
                answers("204", "400", "401", "403", "404", "503")));
        Set<String> redrive = new TreeSet<>(prefixed("query", Set.of("partition", "from", "to", "until", "limit")));
        ops.put("POST /admin/dead-letters/redrive", new Expected(redrive, answers("200", "400", "401", "403", "406", "503")));
        return ops;
    }

    private static Set<String> answers(String... own) {
        Set<String> all = new TreeSet<>(REFUSALS);
        all.addAll(List.of(own));
        return all;
    }

    /**
     * Each refusal the document could list, provoked on the running service: an operation answers it exactly when the
     * document says so, so neither an undocumented answer nor a documented one that cannot happen passes.
     */
    @Test
    void shouldDocumentExactlyTheRefusalsEachEndpointGives() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().asString());
        EnrichedArticle article = builder(uniqueId()).build();
        upsert.upsert(article);
        String stored = article.id();
        Map<String, Integer> probed = new LinkedHashMap<>();
        for (String operation : expected().keySet()) {
            String method = operation.split(" ")[0];
            // A stored article: with an unknown id the method would answer 404 before its answer is negotiated.
            String id = operation.startsWith("GET ") ? stored : "0".repeat(32);
            String path = operation.split(" ")[1].replace("{id}", id).replace("{key}", "wikidata:Q1");
            JsonNode documented = doc.path("paths").path(operation.split(" ")[1]).path(method.toLowerCase()).path("responses");
            Map<String, Integer> answers = new LinkedHashMap<>();
            answers.put("405", probe().request("PATCH", path).statusCode());
            answers.put("406", probe().accept("text/csv").request(method, path).statusCode());
            answers.put("414", probe().queryParam("q", "x".repeat(5_000)).request(method, path).statusCode());
            answers.put("415", probe().header("Content-Encoding", "gzip").request(method, path).statusCode());
            answers.put("431", probe().header("X-Padding", "y".repeat(25_000)).request(method, path).statusCode());
            answers.forEach((code, status) -> {
                probed.put(operation + " " + code, status);
                assertThat(documented.has(code)).as(operation + " answers " + status + " when provoked to " + code
                        + "; documented: " + documented.has(code)).isEqualTo(status == Integer.parseInt(code));
            });
        }
        assertThat(probed).isNotEmpty();
    }

    private static io.restassured.specification.RequestSpecification probe() {
        // The admin key, so the admin endpoints get as far as their own refusals.
        return given().header("Authorization", "Bearer test-admin-key").redirects().follow(false);
    }

    @Test
    void shouldDocumentEveryParameterAndErrorAnswerOfEveryEndpoint() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().asString());
        Map<String, Expected> expected = expected();
        List<String> documented = new ArrayList<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (Set.of("get", "post", "put", "delete", "patch").contains(op.getKey())) {
                documented.add(op.getKey().toUpperCase() + " " + path.getKey());
            }
        }));
        assertThat(documented).containsExactlyInAnyOrderElementsOf(expected.keySet());

        for (var entry : expected.entrySet()) {
            String[] methodAndPath = entry.getKey().split(" ");
            JsonNode operation = doc.path("paths").path(methodAndPath[1]).path(methodAndPath[0].toLowerCase());
            Set<String> parameters = new TreeSet<>();
            for (JsonNode parameter : operation.path("parameters")) {
                parameters.add(parameter.path("in").asText() + ":" + parameter.path("name").asText());
                assertThat(parameter.path("description").asText()).as(entry.getKey() + " " + parameter.path("name")).isNotBlank();
                assertThat(parameter.has("schema") || parameter.has("content")).as(entry.getKey() + " " + parameter.path("name")
                        + ": OpenAPI 3.1 wants a schema or content on every parameter").isTrue();
            }
            assertThat(parameters).as(entry.getKey() + " parameters").isEqualTo(new TreeSet<>(entry.getValue().parameters()));

            Set<String> responses = new TreeSet<>();
            operation.path("responses").fieldNames().forEachRemaining(responses::add);
            assertThat(responses).as(entry.getKey() + " responses").isEqualTo(new TreeSet<>(entry.getValue().responses()));
            if (entry.getKey().contains(" /admin/")) {
                assertThat(operation.path("security").toString()).as(entry.getKey() + " security").contains("adminKey");
                assertThat(doc.at("/components/securitySchemes/adminKey/scheme").asText()).isEqualTo("bearer");
            }
            for (String code : responses) {
                if (code.startsWith("2") && !code.equals("204")) {
                    JsonNode content = operation.path("responses").path(code).path("content");
                    assertThat(content.size()).as(entry.getKey() + " " + code + " content").isPositive();
                    content.forEach(media -> assertThat(media.has("schema")).as(entry.getKey() + " " + code + " schema").isTrue());
                }
                if (code.startsWith("4") || code.startsWith("5")) {
                    JsonNode response = resolve(doc, operation.path("responses").path(code));
                    assertThat(response.path("content").has("application/problem+json")).as(entry.getKey() + " " + code).isTrue();
                    assertThat(response.path("description").asText()).as(entry.getKey() + " " + code).isNotBlank();
                }
            }
        }
    }

    private static JsonNode resolve(JsonNode doc, JsonNode node) {
        String ref = node.path("$ref").asText();
        return ref.isEmpty() ? node : doc.at(ref.substring(1));
    }

    private static Set<String> prefixed(String in, Set<String> names) {
        Set<String> out = new TreeSet<>();
        names.forEach(name -> out.add(in + ":" + name));
        return out;
    }
}
