package io.newsroom.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One broker and one database per test JVM, started on first use and stopped when the JVM exits, so test
 * classes with different Quarkus profiles do not pay the start-up each time. When the user points at existing
 * infrastructure (see {@link ExternalInfrastructure}) nothing is started; with
 * {@code NEWSROOM_TEST_INFRASTRUCTURE=testcontainers} the containers of {@link ContainerInfrastructure} are used.
 */
public final class SharedInfrastructure {

    private static KafkaBroker kafka;
    private static Postgres postgres;
    private static String containerKafka;
    private static ExternalInfrastructure.Database containerDatabase;

    private SharedInfrastructure() {
    }

    public static synchronized String kafkaBootstrapServers() {
        if (ExternalInfrastructure.kafkaBootstrapServers().isPresent()) {
            return ExternalInfrastructure.kafkaBootstrapServers().get();
        }
        if (ContainerInfrastructure.requested()) {
            if (containerKafka == null) {
                containerKafka = ContainerInfrastructure.startKafka();
            }
            return containerKafka;
        }
        if (kafka == null) {
            kafka = KafkaBroker.start(tempDir("kafka"), 0);
            stopOnExit(kafka);
        }
        return kafka.bootstrapServers();
    }

    /** JDBC URL, user and password of the test database. */
    public static synchronized ExternalInfrastructure.Database database() {
        if (ExternalInfrastructure.database().isPresent()) {
            return ExternalInfrastructure.database().get();
        }
        if (ContainerInfrastructure.requested()) {
            if (containerDatabase == null) {
                containerDatabase = ContainerInfrastructure.startPostgres();
            }
            return containerDatabase;
        }
        if (postgres == null) {
            // Throwaway data: durability off keeps tests fast; ./newsroom up runs it durable.
            postgres = Postgres.start(tempDir("postgres"), 0, false);
            stopOnExit(postgres);
        }
        return new ExternalInfrastructure.Database(postgres.jdbcUrl(), Postgres.USER, Postgres.PASSWORD);
    }

    private static void stopOnExit(AutoCloseable resource) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                resource.close();
            } catch (Exception e) {
                System.err.println("Could not stop test infrastructure: " + e);
            }
        }));
    }

    private static Path tempDir(String name) {
        try {
            return Files.createTempDirectory("newsroom-test-" + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
