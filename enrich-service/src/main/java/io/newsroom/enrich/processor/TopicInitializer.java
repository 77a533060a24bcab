package io.newsroom.enrich.processor;

import io.newsroom.enrich.config.TopicsConfig;
import io.newsroom.schemas.TopicBootstrap;
import io.newsroom.schemas.Topics;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;

/** Creates the topics this service reads and writes, with the configured partition count, once the broker answers. */
public class TopicInitializer {

    @Inject
    TopicsConfig config;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    void onStart(@Observes StartupEvent event) {
        TopicBootstrap.ensureTopicsInBackground(kafkaConfig, "enrich-service-topics",
                List.of(Topics.RAW, Topics.ENRICHED, Topics.ENRICH_DEAD_LETTER), config.partitions(), config.createTimeout());
    }
}
