package io.newsroom.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsroom.infra.quarkus.KafkaResource;
import io.newsroom.support.http.Problem;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refused article is counted by its reason ({@code newsroom.articles.rejected}): ingest answers its own
 * refusals, not service-support's shared ProblemExceptionMapper, which would answer alike but count nothing.
 */
@QuarkusTest
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
class RefusalCountTest {

    @Inject
    MeterRegistry registry;

    @Test
    void shouldCountARefusedArticleByItsReason() {
        double before = registry.counter("newsroom.articles.rejected", "reason", "invalid-article").count();

        String type = TestSupport.as("wire-eu").contentType(ContentType.JSON)
                .body("{\"source\":\"wire-eu\",\"headline\":\"\"}")
                .when().post("/articles")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .extract().path("type");

        assertThat(type).isEqualTo(Problem.TYPE_BASE + "invalid-article");
        assertThat(registry.counter("newsroom.articles.rejected", "reason", "invalid-article").count())
                .isEqualTo(before + 1);
    }
}
