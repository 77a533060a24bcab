package io.newsroom.infra.quarkus;

import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of {@code @QuarkusTest} classes that read or write topics on the real test broker: a fresh
 * {@link KafkaCompanion} per test, pointed at the broker the application under test uses, closed afterwards.
 */
public abstract class KafkaCompanionTest {

    protected KafkaCompanion kafka;

    @BeforeEach
    void connectKafkaCompanion() {
        kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }

    @AfterEach
    void closeKafkaCompanion() {
        kafka.close();
    }
}
