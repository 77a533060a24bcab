package io.newsroom.support.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * "kafka" readiness: UP only while the broker answers a describe-cluster, bounded to two seconds so a dead or frozen
 * broker never makes the probe itself hang. Not a bean: each service that needs it produces one as a readiness check
 * (ingest: a load balancer stops sending articles that could only get 503; enrich: its idle loops would not notice an
 * absent broker) and closes it with the application.
 */
public final class KafkaBrokerCheck implements HealthCheck, AutoCloseable {

    private static final int TIMEOUT_MS = 2000;

    private final Admin admin;

    /** @param kafkaConfig the service's Kafka client settings (only bootstrap.servers is used) */
    public KafkaBrokerCheck(Map<String, Object> kafkaConfig, String clientId) {
        Map<String, Object> config = new HashMap<>();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaConfig.get("bootstrap.servers"));
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, clientId);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
        this.admin = Admin.create(config);
    }

    @Override
    public HealthCheckResponse call() {
        try {
            int brokers = admin.describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MS))
                    .nodes().get(TIMEOUT_MS + 500L, TimeUnit.MILLISECONDS).size();
            return HealthCheckResponse.named("kafka").up().withData("brokers", brokers).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("kafka").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
