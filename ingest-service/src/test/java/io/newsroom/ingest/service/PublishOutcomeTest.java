package io.newsroom.ingest.service;

import io.newsroom.ingest.problem.PublishProblems;
import io.newsroom.ingest.problem.PublishFailedException;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a failed send is reported: an error that outlasted the delivery timeout (the record may be in the log) is
 * "outcome unknown", an error the broker answered for this record is "not written"; both tell the client that
 * retrying the identical request is safe.
 */
class PublishOutcomeTest {

    @Test
    void shouldCallADeliveryTimeoutOrLostConnectionAnUnknownOutcome() {
        assertThat(ArticlePublisher.notAcknowledged(new TimeoutException("Expiring 1 record(s)")).outcomeUnknown()).isTrue();
        assertThat(ArticlePublisher.notAcknowledged(new NetworkException("disconnected")).outcomeUnknown()).isTrue();
    }

    @Test
    void shouldCallARefusalOfTheRecordNotWritten() {
        PublishFailedException refused = ArticlePublisher.notAcknowledged(new TopicAuthorizationException(Set.of("t")));
        assertThat(refused.outcomeUnknown()).isFalse();
        assertThat(PublishProblems.of(refused, "The article", 5).type()).endsWith("/broker-unavailable");
    }

    @Test
    void shouldSayInBothProblemsThatTheIdenticalRetryIsSafe() {
        var unknown = PublishProblems.of(PublishFailedException.outcomeUnknown("no acknowledgement", null), "The article", 5);
        var notWritten = PublishProblems.of(new PublishFailedException("no metadata", null, true), "The article", 5);
        assertThat(unknown.status()).isEqualTo(503);
        assertThat(unknown.type()).endsWith("/publish-outcome-unknown");
        assertThat(unknown.detail()).contains("may or may not have been written", "Retrying the identical request is safe");
        assertThat(notWritten.detail()).contains("was not written", "Retrying the identical request is safe");
    }
}
