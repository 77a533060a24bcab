package io.newsroom.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./newsroom status} takes the health of Kafka and PostgreSQL from the servers themselves through
 * {@link HealthProbe}: a real broker and database that answer are UP, and the same ones once stopped (or a port
 * where nothing listens) are DOWN with a reason.
 */
class HealthProbeTest {

    @Test
    void shouldReportABrokerUpWhileItAnswersAndDownOnceStopped(@TempDir Path dir) {
        KafkaBroker broker = KafkaBroker.start(dir, 0);
        HealthProbe.Health running;
        try {
            running = HealthProbe.kafka(broker.bootstrapServers());
        } finally {
            broker.close();
        }
        HealthProbe.Health stopped = HealthProbe.kafka(broker.bootstrapServers());

        assertThat(running.up()).as(running.toString()).isTrue();
        assertThat(running.detail()).contains("1 broker(s)", "controller 1");
        assertThat(stopped.up()).as(stopped.toString()).isFalse();
    }

    @Test
    void shouldReportADatabaseUpWhileItAnswersAndDownOnceStopped(@TempDir Path dir) {
        Postgres postgres = Postgres.start(dir, 0, false);
        HealthProbe.Health running;
        try {
            running = HealthProbe.postgres(postgres.jdbcUrl(), Postgres.USER, Postgres.PASSWORD);
        } finally {
            postgres.close();
        }
        HealthProbe.Health stopped = HealthProbe.postgres(postgres.jdbcUrl(), Postgres.USER, Postgres.PASSWORD);

        assertThat(running.up()).as(running.toString()).isTrue();
        assertThat(running.detail()).contains("PostgreSQL");
        assertThat(stopped.up()).as(stopped.toString()).isFalse();
        assertThat(stopped.detail()).startsWith("no answer");
    }

    @Test
    void shouldReportNothingListeningAsDown() {
        int port = FreePort.find();

        assertThat(HealthProbe.kafka("127.0.0.1:" + port).up()).isFalse();
        assertThat(HealthProbe.postgres("jdbc:postgresql://127.0.0.1:" + port + "/newsroom", "postgres", "postgres").up()).isFalse();
    }
}
