package io.newsroom.infra;

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
            Path data = TempDirectories.create("newsroom-test-kafka");
            kafka = KafkaBroker.start(data, 0);
            stopOnExit(kafka, data);
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
            Path data = TempDirectories.create("newsroom-test-postgres");
            postgres = Postgres.start(data, 0, false);
            stopOnExit(postgres, data);
        }
        return new ExternalInfrastructure.Database(postgres.jdbcUrl(), Postgres.USER, Postgres.PASSWORD);
    }

    /** Stops the broker or database when the test JVM exits and deletes its data (about 100 MB per run). */
    private static void stopOnExit(AutoCloseable resource, Path data) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                resource.close();
            } catch (Exception e) {
                System.err.println("Could not stop test infrastructure: " + e);
            }
            TempDirectories.deleteEventually(data);
        }));
    }
}
