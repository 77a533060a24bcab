package io.newsroom.infra;

import io.newsroom.infra.ExternalInfrastructure.Database;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The Testcontainers variant of the test infrastructure: the official {@code apache/kafka} image of the same
 * release and a PostgreSQL image. Used where a Docker engine exists and the user asks for it with
 * {@code NEWSROOM_TEST_INFRASTRUCTURE=testcontainers}; the default run never needs Docker.
 */
public final class ContainerInfrastructure {

    public static final String SWITCH_ENV = "NEWSROOM_TEST_INFRASTRUCTURE";
    static final String KAFKA_IMAGE = "apache/kafka:4.1.2";
    static final String POSTGRES_IMAGE = "postgres:17";

    private ContainerInfrastructure() {
    }

    /** True when the user chose containers for the tests. */
    public static boolean requested() {
        return "testcontainers".equalsIgnoreCase(System.getenv(SWITCH_ENV));
    }

    public static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** Starts the broker container; it stops with the JVM (Testcontainers' reaper). */
    public static String startKafka() {
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
        kafka.start();
        return kafka.getBootstrapServers();
    }

    public static Database startPostgres() {
        PostgreSQLContainer postgres = new PostgreSQLContainer(POSTGRES_IMAGE)
                .withDatabaseName(Postgres.DATABASE)
                .withUsername(Postgres.USER)
                .withPassword(Postgres.PASSWORD);
        postgres.start();
        return new Database(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword());
    }
}
