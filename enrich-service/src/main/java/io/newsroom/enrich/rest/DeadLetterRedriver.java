package io.newsroom.enrich.rest;

import io.newsroom.support.http.AdminConfig;
import io.newsroom.support.deadletter.DeadLetterRedrive;
import io.newsroom.schemas.Topics;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.Map;

/** enrich-service's re-drive: its dead letters back onto the topic it consumes, progress in group enrich-service-redrive. */
public class DeadLetterRedriver {

    public static final String GROUP = "enrich-service-redrive";

    @Produces
    @Singleton
    DeadLetterRedrive redrive(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, AdminConfig config) {
        return new DeadLetterRedrive(kafkaConfig, Topics.ENRICH_DEAD_LETTER, Topics.RAW, GROUP, config.redriveTimeout());
    }
}
