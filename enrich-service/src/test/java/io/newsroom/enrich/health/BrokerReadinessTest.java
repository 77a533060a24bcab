package io.newsroom.enrich.health;

import io.newsroom.infra.FreePort;
import io.newsroom.infra.KafkaBroker;
import io.newsroom.infra.TempDirectories;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * enrich-service is not ready while its broker is away, and the probe answers within its bound: a stopped broker (or
 * nothing listening) reads DOWN in a few seconds, a running one UP. Real broker, no Quarkus.
 */
class BrokerReadinessTest {

    @Test
    void shouldBeUpWhileTheBrokerAnswersAndDownOnceItIsGone() {
        Path dir = TempDirectories.create("enrich-readiness-");
        KafkaBroker broker = KafkaBroker.start(dir, 0);
        BrokerReadiness readiness = new BrokerReadiness(Map.of("bootstrap.servers", broker.bootstrapServers()));
        try {
            assertThat(readiness.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);

            broker.close();
            long started = System.nanoTime();
            HealthCheckResponse afterStop = readiness.call();

            assertThat(afterStop.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        } finally {
            readiness.close();
            TempDirectories.deleteEventually(dir);
        }
    }

    @Test
    void shouldBeDownWhenNothingListens() {
        BrokerReadiness readiness = new BrokerReadiness(Map.of("bootstrap.servers", "127.0.0.1:" + FreePort.find()));
        try {
            assertThat(readiness.call().getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        } finally {
            readiness.close();
        }
    }
}
