package io.newsroom.ingest.kafka;

import io.newsroom.schemas.Topics;
import io.newsroom.support.kafka.ServiceTopics;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.List;

/** The topics this service writes; service-support's TopicInitializer creates them at start-up. */
public class OwnTopics {

    @Produces
    @Singleton
    ServiceTopics topics() {
        return new ServiceTopics("ingest-service-topics", List.of(Topics.RAW));
    }
}
