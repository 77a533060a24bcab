package io.newsroom.infra.quarkus;

import io.newsroom.infra.ExternalInfrastructure.Database;
import io.newsroom.infra.SharedInfrastructure;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** Points a {@code @QuarkusTest} at the real test PostgreSQL (started once per JVM). */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        Database db = SharedInfrastructure.database();
        return Map.of(
                "quarkus.datasource.jdbc.url", db.jdbcUrl(),
                "quarkus.datasource.username", db.user(),
                "quarkus.datasource.password", db.password());
    }

    @Override
    public void stop() {
        // Shared with other test classes; stops with the JVM.
    }
}
