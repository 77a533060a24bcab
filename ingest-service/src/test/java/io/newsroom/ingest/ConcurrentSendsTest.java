package io.newsroom.ingest;

import io.newsroom.infra.quarkus.KafkaCompanionTest;
import io.newsroom.infra.quarkus.KafkaResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.newsroom.ingest.TestSupport.as;
import static io.newsroom.ingest.TestSupport.recordsNow;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same article sent many times at once, as a retrying client or two feed pollers do: the version check and the
 * "identical re-send is not published again" rule hold as they do one after another. Before, every request in
 * flight passed the check: different content under one version was answered 202 several times (the store kept one),
 * and identical content was published several times.
 */
@QuarkusTest
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
class ConcurrentSendsTest extends KafkaCompanionTest {

    @Test
    void shouldAcceptOnlyOneOfManyDifferentContentsSentAtOnceUnderOneVersion() throws Exception {
        String sourceId = "race-" + UUID.randomUUID();
        List<Integer> statuses = sendAtOnce(10, i -> article(sourceId, "Variant " + i + " of the story"));

        assertThat(statuses).filteredOn(s -> s == 202).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(9);
        assertThat(recordsNow(kafka, TestSupport.JSON.readTree(firstAccepted).get("id").asText())).hasSize(1);
    }

    @Test
    void shouldPublishIdenticalContentSentAtOnceOnlyOnce() throws Exception {
        String sourceId = "same-" + UUID.randomUUID();
        List<Integer> statuses = sendAtOnce(20, i -> article(sourceId, "The same story"));

        assertThat(statuses).filteredOn(s -> s == 202).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(19);
        assertThat(recordsNow(kafka, TestSupport.JSON.readTree(firstAccepted).get("id").asText())).hasSize(1);
    }

    private volatile String firstAccepted;

    private List<Integer> sendAtOnce(int requests, java.util.function.IntFunction<String> body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                String json = body.apply(i);
                calls.add(() -> {
                    var response = as("wire-eu").contentType("application/json").body(json).post("/articles");
                    if (response.statusCode() == 202) {
                        firstAccepted = response.asString();
                    }
                    return response.statusCode();
                });
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String article(String sourceId, String headline) {
        return """
                {"source":"wire-eu","sourceId":"%s","url":"https://wire-eu.example/%s","version":7,
                 "headline":"%s","body":"BRUSSELS - Leaders met on Thursday."}""".formatted(sourceId, sourceId, headline);
    }
}
