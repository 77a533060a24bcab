package io.newsroom.ingest.health;

import io.newsroom.support.kafka.KafkaReadiness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the broker answers: a load balancer then stops sending articles that could only get 503. */
@Readiness
@ApplicationScoped
public class KafkaReadinessCheck extends KafkaReadiness {

    KafkaReadinessCheck() {
        super("ingest-service-readiness");
    }
}
