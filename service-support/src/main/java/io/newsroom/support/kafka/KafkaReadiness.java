package io.newsroom.support.kafka;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import java.util.Map;

/**
 * The "kafka" readiness check ({@link KafkaBrokerCheck}) as a bean: a service makes it its own with a subclass that
 * names only its admin client, annotated {@code @Readiness @ApplicationScoped}. Abstract, so a service that does not
 * subclass it gets no such check (a library bean would land in every service that depends on this jar); opened with
 * the bean and closed with the application.
 */
public abstract class KafkaReadiness implements HealthCheck {

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    private final String clientId;
    private KafkaBrokerCheck check;

    /** @param clientId the admin client's id, {@code <service>-readiness} */
    protected KafkaReadiness(String clientId) {
        this.clientId = clientId;
    }

    @PostConstruct
    void open() {
        check = new KafkaBrokerCheck(kafkaConfig, clientId);
    }

    @PreDestroy
    void close() {
        check.close();
    }

    @Override
    public HealthCheckResponse call() {
        return check.call();
    }
}
