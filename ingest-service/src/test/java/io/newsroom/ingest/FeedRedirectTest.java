package io.newsroom.ingest;

import io.newsroom.infra.quarkus.KafkaCompanionTest;
import io.newsroom.infra.quarkus.KafkaResource;
import io.newsroom.schemas.ArticleIds;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.newsroom.support.http.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.newsroom.ingest.TestSupport.as;
import static io.newsroom.ingest.TestSupport.records;
import static io.newsroom.ingest.TestSupport.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Redirects the service follows itself, against {@link FeedServer} on 127.0.0.1 with the development switch
 * {@code newsroom.pull.allow-private-redirects} on (every test target is loopback; the address policy itself is
 * covered by PublicAddressesTest and FeedPullTest): relative and absolute Locations up to the limit of 5 are
 * followed and the item published; a sixth hop and a non-http scheme are refused with 422 problem+json.
 */
@QuarkusTest
@TestProfile(FeedRedirectTest.PrivateRedirectsAllowed.class)
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FeedServer.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class FeedRedirectTest extends KafkaCompanionTest {

    /** Redirects to this machine are allowed, as a developer pulling a local feed would configure it. */
    public static class PrivateRedirectsAllowed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsroom.pull.allow-private-redirects", "true");
        }
    }

    @Test
    void shouldFollowFiveRelativeRedirectsAndPublishTheItemAtTheEnd() {
        String id = as("regional-news").post("/feeds/five-hops/pull").then().statusCode(200)
                .body("httpStatus", equalTo(200))
                .body("items.items[0].status", anyOf(equalTo(202), equalTo(200)))   // 200: the loopback test pulled it first
                .extract().path("items.items[0].id");
        assertThat(id).isEqualTo(ArticleIds.derive("regional-news", FeedServer.hopGuid, null));
        assertThat(value(records(kafka, id, 1).get(0)).get("url").asText()).isEqualTo("https://regional-news.example/hop");
    }

    @Test
    void shouldFollowAnAbsoluteRedirectWhenPrivateTargetsAreAllowed() {
        as("regional-news").post("/feeds/to-loopback/pull").then().statusCode(200).body("httpStatus", equalTo(200));
    }

    @Test
    void shouldRefuseAChainLongerThanTheLimit() {
        int chainEnds = FeedServer.CHAIN_ENDS.get();
        as("regional-news").post("/feeds/six-hops/pull").then().statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "feed-too-many-redirects"))
                .body("detail", containsString("more than 5 times"));
        assertThat(FeedServer.CHAIN_ENDS.get()).isEqualTo(chainEnds);
        as("regional-news").get("/feeds").then().statusCode(200)
                .body("find { it.name == 'six-hops' }.problem.type", equalTo(Problem.TYPE_BASE + "feed-too-many-redirects"));
    }

    @Test
    void shouldRefuseARedirectToAnotherScheme() {
        as("regional-news").post("/feeds/to-file/pull").then().statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "feed-redirect-refused"))
                .body("detail", containsString("file:///etc/passwd"))
                .body("detail", containsString("only http and https"));
    }
}
