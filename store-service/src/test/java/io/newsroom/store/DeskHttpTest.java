package io.newsroom.store;

import io.newsroom.infra.quarkus.KafkaResource;
import io.newsroom.infra.quarkus.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the store serves the desk's files (issue 17, the outside trial's items 1, 4 and 8): {@code /desk} leads to
 * {@code /desk/} with its query; the files are revalidated on every use ({@code no-cache} with {@code Last-Modified},
 * answered 304 when unchanged), so an upgrade reaches editors at once; every desk answer carries a strict
 * Content-Security-Policy, {@code nosniff} and a Referrer-Policy, and the desk's files need nothing the policy forbids.
 */
@QuarkusTest
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class DeskHttpTest {

    private static final List<String> FILES = List.of("index.html", "desk.css", "js/app.js", "js/api.js", "js/article.js",
            "js/dom.js", "js/entity.js", "js/pipeline.js", "js/search.js", "js/wire.js");

    @Test
    void shouldRedirectDeskWithoutTheSlashKeepingTheQuery() {
        given().redirects().follow(false).get("/desk").then().statusCode(301).header("Location", "/desk/");
        given().redirects().follow(false).urlEncodingEnabled(false).get("/desk?from=mail&x=a%20b")
                .then().statusCode(301).header("Location", "/desk/?from=mail&x=a%20b");
        given().redirects().follow(false).head("/desk").then().statusCode(301).header("Location", "/desk/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH"})
    void shouldAnswerAWrongMethodOnTheDeskWith405AndAllow(String method) {
        given().body("x").request(method, "/desk/").then().statusCode(405)
                .header("Allow", "GET, HEAD")
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo("https://newsroom.io/problems/method-not-allowed"))
                .body("title", org.hamcrest.Matchers.equalTo("Method Not Allowed"))
                .body("status", org.hamcrest.Matchers.equalTo(405))
                .body("detail", org.hamcrest.Matchers.equalTo("The desk's files are only read: use GET."))
                .body("instance", org.hamcrest.Matchers.equalTo("/desk/"))
                .body("size()", org.hamcrest.Matchers.equalTo(5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/desk/", "/desk/index.html", "/desk/desk.css", "/desk/js/app.js"})
    void shouldMakeTheBrowserRevalidateEveryDeskFile(String path) {
        Response first = given().get(path);
        first.then().statusCode(200);
        assertThat(first.header("Cache-Control")).isEqualTo("no-cache");
        String lastModified = first.header("Last-Modified");
        assertThat(lastModified).as("a validator").isNotBlank();

        given().header("If-Modified-Since", lastModified).get(path).then().statusCode(304)
                .header("Cache-Control", "no-cache");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/desk/", "/desk/js/app.js", "/desk/desk.css", "/desk", "/desk/no-such-file.js"})
    void shouldSendAStrictContentSecurityPolicyAndNoSniffing(String path) {
        Response answer = given().redirects().follow(false).get(path);
        String policy = answer.header("Content-Security-Policy");
        assertThat(policy).contains("default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'",
                "base-uri 'none'", "frame-ancestors 'none'");
        assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval", "*");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
    }

    @Test
    void shouldNeedNothingThePolicyForbidsInTheDesksFiles() throws IOException {
        String page = resource("index.html");
        // No inline script or handler, no inline style: script-src and style-src are 'self' only.
        assertThat(page).doesNotContainPattern("<script(?![^>]*\\bsrc=)").doesNotContainPattern("\\son[a-z]+=")
                .doesNotContain("<style", "style=");
        for (String file : FILES.subList(2, FILES.size())) {
            String script = resource(file);
            // A style attribute set from script (setAttribute('style', …), h(…, {style: …})) is inline style too;
            // element.style.x = … (CSSOM) is not.
            assertThat(script).as(file).doesNotContainPattern("\\.(inner|outer)HTML\\b").doesNotContainPattern("\\beval\\(")
                    .doesNotContain("new Function", "style:", "setAttribute('style'");
        }
    }

    private static String resource(String file) throws IOException {
        try (InputStream in = DeskHttpTest.class.getResourceAsStream("/META-INF/resources/desk/" + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
