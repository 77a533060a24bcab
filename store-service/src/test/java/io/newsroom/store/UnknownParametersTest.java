package io.newsroom.store;

import io.newsroom.infra.quarkus.KafkaResource;
import io.newsroom.infra.quarkus.PostgresResource;
import io.newsroom.support.http.Problem;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * One rule for the whole read API (issue 17, the outside trial's item 5): a query parameter an endpoint does not take
 * is a 400 problem naming it, on every endpoint, never silently ignored (a typo such as {@code limt=5} would
 * otherwise look like a working request). Checked before anything is looked up, so an unknown id does not hide it.
 */
@QuarkusTest
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class UnknownParametersTest {

    @ParameterizedTest
    @ValueSource(strings = {"/articles", "/articles/0123456789abcdef0123456789abcdef", "/articles/stream", "/entities",
            "/entities/wikidata:Q1", "/entities/wikidata:Q1/timeline", "/categories", "/pipeline"})
    void shouldRefuseAnUnknownParameterNamingIt(String path) {
        given().queryParam("limt", "5").get(path)
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "invalid-query"))
                .body("errors.field", contains("limt"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/articles/0123456789abcdef0123456789abcdef"})
    void shouldRefuseAnUnknownParameterOfTheNinjsVariantToo(String path) {
        given().accept("application/ninjs+json").queryParam("limt", "5").get(path)
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("errors.field", contains("limt"));
    }
}
