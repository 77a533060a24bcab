package io.newsroom.ingest.kafka;

import org.apache.kafka.clients.admin.AdminClientConfig;

import java.util.HashMap;
import java.util.Map;

/** Admin client settings taken from the service's Kafka configuration (bootstrap servers, security). */
final class KafkaAdminConfig {

    private KafkaAdminConfig() {
    }

    static Map<String, Object> from(Map<String, Object> kafkaConfig) {
        Map<String, Object> admin = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (AdminClientConfig.configNames().contains(key)) {
                admin.put(key, value);
            }
        });
        admin.putIfAbsent(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaConfig.get("bootstrap.servers"));
        admin.put(AdminClientConfig.CLIENT_ID_CONFIG, "ingest-service-topic-init");
        return admin;
    }
}
