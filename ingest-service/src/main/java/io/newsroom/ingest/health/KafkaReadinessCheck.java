package io.newsroom.ingest.health;

import io.newsroom.support.kafka.KafkaBrokerCheck;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.health.Readiness;

import java.util.Map;

/** Ready only while the broker answers: a load balancer then stops sending articles that could only get 503. */
@ApplicationScoped
public class KafkaReadinessCheck {

    @Produces
    @Readiness
    @ApplicationScoped
    KafkaBrokerCheck kafka(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        return new KafkaBrokerCheck(kafkaConfig, "ingest-service-readiness");
    }

    void close(@Disposes @Readiness KafkaBrokerCheck check) {
        check.close();
    }
}
