package io.newsroom.enrich.health;

import io.newsroom.support.kafka.KafkaReadiness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the broker answers. The enrichment loops alone do not notice an outage while they are idle (an
 * empty poll looks the same as no broker): without this, enrich-service stayed ready through a broker outage in the
 * fault suite.
 */
@Readiness
@ApplicationScoped
public class BrokerReadiness extends KafkaReadiness {

    BrokerReadiness() {
        super("enrich-service-readiness");
    }
}
