package io.newsroom.support.kafka;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.Map;

/**
 * Creates the service's topics ({@link ServiceTopics}) with the configured partition count once the broker answers,
 * without holding up start-up (see {@link TopicBootstrap#ensureTopicsInBackground}).
 */
public class TopicInitializer {

    @Inject
    TopicsConfig config;

    @Inject
    ServiceTopics topics;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    void onStart(@Observes StartupEvent event) {
        TopicBootstrap.ensureTopicsInBackground(kafkaConfig, topics.clientId(), topics.names(),
                config.partitions(), config.rawRetentionMs(), config.createTimeout());
    }
}
