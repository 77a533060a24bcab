package io.newsroom.infra;

import java.util.Optional;

/**
 * Infrastructure the user already runs, named by environment variables; when set, neither the tests nor
 * {@code ./newsroom up} start their own broker or database.
 * <ul>
 *   <li>{@code NEWSROOM_KAFKA_BOOTSTRAP_SERVERS}, e.g. {@code kafka1:9092,kafka2:9092}</li>
 *   <li>{@code NEWSROOM_JDBC_URL}, {@code NEWSROOM_DB_USER}, {@code NEWSROOM_DB_PASSWORD}</li>
 * </ul>
 */
public final class ExternalInfrastructure {

    public static final String KAFKA_ENV = "NEWSROOM_KAFKA_BOOTSTRAP_SERVERS";
    public static final String JDBC_URL_ENV = "NEWSROOM_JDBC_URL";
    public static final String DB_USER_ENV = "NEWSROOM_DB_USER";
    public static final String DB_PASSWORD_ENV = "NEWSROOM_DB_PASSWORD";

    public record Database(String jdbcUrl, String user, String password) {
    }

    private ExternalInfrastructure() {
    }

    public static Optional<String> kafkaBootstrapServers() {
        return env(KAFKA_ENV);
    }

    public static Optional<Database> database() {
        return env(JDBC_URL_ENV).map(url -> new Database(url,
                env(DB_USER_ENV).orElse(Postgres.USER), env(DB_PASSWORD_ENV).orElse(Postgres.PASSWORD)));
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
    }
}
