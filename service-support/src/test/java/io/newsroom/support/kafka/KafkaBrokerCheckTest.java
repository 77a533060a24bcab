package io.newsroom.support.kafka;

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
 * The services' "kafka" readiness: UP while the broker answers, DOWN within its bound once the broker is stopped or
 * when nothing listens. Real broker, no Quarkus.
 */
class KafkaBrokerCheckTest {

    @Test
    void shouldBeUpWhileTheBrokerAnswersAndDownOnceItIsGone() {
        Path dir = TempDirectories.create("enrich-readiness-");
        KafkaBroker broker = KafkaBroker.start(dir, 0);
        KafkaBrokerCheck readiness = new KafkaBrokerCheck(Map.of("bootstrap.servers", broker.bootstrapServers()), "test");
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
        KafkaBrokerCheck readiness = new KafkaBrokerCheck(Map.of("bootstrap.servers", "127.0.0.1:" + FreePort.find()), "test");
        try {
            assertThat(readiness.call().getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        } finally {
            readiness.close();
        }
    }
}
