package io.newsroom.enrich.health;

import io.newsroom.support.kafka.KafkaBrokerCheck;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.health.Readiness;

import java.util.Map;

/**
 * Ready only while the broker answers. The enrichment loops alone do not notice an outage while they are idle (an
 * empty poll looks the same as no broker): without this, enrich-service stayed ready through a broker outage in the
 * fault suite.
 */
@ApplicationScoped
public class BrokerReadiness {

    @Produces
    @Readiness
    @ApplicationScoped
    KafkaBrokerCheck kafka(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        return new KafkaBrokerCheck(kafkaConfig, "enrich-service-readiness");
    }

    void close(@Disposes @Readiness KafkaBrokerCheck check) {
        check.close();
    }
}
