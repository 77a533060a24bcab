package io.newsroom.enrich.processor;

import io.newsroom.schemas.Topics;
import io.newsroom.support.kafka.ServiceTopics;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.List;

/** The topics this service reads and writes; service-support's TopicInitializer creates them at start-up. */
public class OwnTopics {

    @Produces
    @Singleton
    ServiceTopics topics() {
        return new ServiceTopics("enrich-service-topics", List.of(Topics.RAW, Topics.ENRICHED, Topics.ENRICH_DEAD_LETTER));
    }
}
