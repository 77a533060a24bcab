package io.newsroom.infra;

import io.newsroom.infra.ExternalInfrastructure.Database;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Testcontainers;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Testcontainers variant starts a broker and a database that answer. Skipped where no Docker engine runs
 * (as on the build machine); the default test run uses the embedded launchers instead.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainerInfrastructureTest {

    @Test
    void shouldStartABrokerThatAnswers() throws Exception {
        String bootstrap = ContainerInfrastructure.startKafka();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            assertThat(admin.describeCluster().nodes().get(60, TimeUnit.SECONDS)).hasSize(1);
        }
    }

    @Test
    void shouldStartADatabaseThatAnswers() throws Exception {
        Database db = ContainerInfrastructure.startPostgres();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             ResultSet rs = c.createStatement().executeQuery("SELECT current_database()")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(Postgres.DATABASE);
        }
    }
}
