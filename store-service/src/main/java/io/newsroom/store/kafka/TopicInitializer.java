package io.newsroom.store.kafka;

import io.newsroom.schemas.TopicBootstrap;
import io.newsroom.schemas.Topics;
import io.newsroom.store.config.TopicsConfig;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;

/** Creates the topics this service reads and dead-letters to, with the configured partition count. */
public class TopicInitializer {

    @Inject
    TopicsConfig config;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    void onStart(@Observes StartupEvent event) {
        TopicBootstrap.ensureTopicsInBackground(kafkaConfig, "store-service-topics",
                List.of(Topics.ENRICHED, Topics.STORE_DEAD_LETTER), config.partitions(), config.createTimeout());
    }
}
