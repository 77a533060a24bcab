package io.newsroom.support.deadletter;

import io.newsroom.support.http.AdminConfig;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import java.util.Map;

/**
 * A service's {@link DeadLetterRedrive} as a bean: the service subclasses it ({@code @Singleton}) naming only its
 * dead-letter topic, the topic it consumes and its re-drive group; the Kafka settings and the time limit
 * ({@code newsroom.admin.redrive-timeout}) are the same in every service and come from here. Abstract, so a service
 * that has no dead letters (ingest) gets no re-drive.
 */
public abstract class ServiceRedrive {

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    AdminConfig config;

    private final String deadLetterTopic;
    private final String targetTopic;
    private final String groupId;
    private DeadLetterRedrive redrive;

    /** @param groupId the consumer group that remembers the progress, {@code <service>-redrive} */
    protected ServiceRedrive(String deadLetterTopic, String targetTopic, String groupId) {
        this.deadLetterTopic = deadLetterTopic;
        this.targetTopic = targetTopic;
        this.groupId = groupId;
    }

    @PostConstruct
    void open() {
        redrive = new DeadLetterRedrive(kafkaConfig, deadLetterTopic, targetTopic, groupId, config.redriveTimeout());
    }

    /** See {@link DeadLetterRedrive#redrive}: one call at a time. */
    public DeadLetterRedrive.Result redrive(DeadLetterRedrive.Request request) {
        return redrive.redrive(request);
    }
}
