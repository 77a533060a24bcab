package io.newsroom.store;

import io.newsroom.infra.quarkus.KafkaResource;
import io.newsroom.infra.quarkus.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.newsroom.support.http.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

/**
 * Values the database cannot take (a U+0000, a year far outside its range, a forged cursor) are the client's mistake:
 * a 400 problem naming the parameter, on the lists, the stream and the entity pages, never a 503 or 500 and never a
 * stream that opens and then fails.
 */
@QuarkusTest
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class ClientMistakesTest {

    private static final String NUL = "a\u0000b";
    private static final String ID = "0123456789abcdef0123456789abcdef";

    @ParameterizedTest
    @ValueSource(strings = {"q", "entity", "category", "entityType", "source", "language", "from", "to", "limit", "cursor", "facets"})
    void shouldRefuseAU0000InAnyArticleListParameter(String parameter) {
        refused(given().queryParam(parameter, NUL), "/articles", parameter);
    }

    @ParameterizedTest
    @ValueSource(strings = {"q", "entity", "source", "from"})
    void shouldRefuseAU0000OnTheStreamBeforeItOpens(String parameter) {
        refused(given().queryParam(parameter, NUL), "/articles/stream", parameter);
    }

    @ParameterizedTest
    @ValueSource(strings = {"q", "type", "limit"})
    void shouldRefuseAU0000InAnyEntityListParameter(String parameter) {
        refused(given().queryParam(parameter, NUL), "/entities", parameter);
    }

    @Test
    void shouldRefuseAU0000InAnEntityKey() {
        refused(given().urlEncodingEnabled(false), "/entities/person:a%00b", "key");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-999999999-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z", "+10000-01-01T00:00:00Z",
            "-0001-12-31T23:59:59Z", "0000-12-31T23:59:59.999999Z"})
    void shouldRefuseATimeOutsideYears1To9999(String time) {
        refused(given().queryParam("from", time), "/articles", "from");
        refused(given().queryParam("to", time), "/articles", "to");
        refused(given().queryParam("from", time), "/articles/stream", "from");
        refused(given().queryParam("category", "medtop:11000000").queryParam("to", time), "/articles", "to");
    }

    @Test
    void shouldAcceptTheFirstAndLastTimesOfTheRange() {
        given().queryParam("from", "0001-01-01").queryParam("to", "9999-12-31T23:59:59.999999Z")
                .get("/articles").then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"t|" + Long.MIN_VALUE, "t|" + Long.MAX_VALUE, "t|-62135596800000001", "t|253402300800000000",
            "r|1E999", "r|-1"})
    void shouldRefuseACursorHoldingAValueOutOfRange(String sortKey) {
        String cursor = Base64.getUrlEncoder().withoutPadding()
                .encodeToString((sortKey + "|" + ID).getBytes(StandardCharsets.UTF_8));
        RequestSpecification request = given().queryParam("cursor", cursor);
        if (sortKey.startsWith("r")) {
            request.queryParam("q", "anything");   // a rank cursor belongs to a text query
        }
        request.get("/articles").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors.field", hasItem("cursor"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "99999999999999999999", "9e9"})
    void shouldRefuseALastEventIdThatIsNotAnEventNumber(String lastEventId) {
        refused(given().header("Last-Event-ID", lastEventId), "/articles/stream", "Last-Event-ID");
    }

    private static void refused(RequestSpecification request, String path, String parameter) {
        request.get(path).then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("status", org.hamcrest.Matchers.equalTo(400))
                .body("errors.field", hasItem(parameter));
    }
}
