package io.newsroom.store.kafka;

import io.newsroom.support.deadletter.DeadLetterRedrive;
import io.newsroom.schemas.Topics;
import io.newsroom.support.http.AdminConfig;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.Map;

/** store-service's re-drive: its dead letters back onto the topic it consumes, progress in group store-service-redrive. */
public class DeadLetterRedriver {

    public static final String GROUP = "store-service-redrive";

    @Produces
    @Singleton
    DeadLetterRedrive redrive(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, AdminConfig config) {
        return new DeadLetterRedrive(kafkaConfig, Topics.STORE_DEAD_LETTER, Topics.ENRICHED, GROUP, config.redriveTimeout());
    }
}
