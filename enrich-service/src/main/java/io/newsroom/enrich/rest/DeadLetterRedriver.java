package io.newsroom.enrich.rest;

import io.newsroom.schemas.Topics;
import io.newsroom.support.deadletter.ServiceRedrive;
import jakarta.inject.Singleton;

/** enrich-service's re-drive: its dead letters back onto the topic it consumes, progress in group enrich-service-redrive. */
@Singleton
public class DeadLetterRedriver extends ServiceRedrive {

    public static final String GROUP = "enrich-service-redrive";

    DeadLetterRedriver() {
        super(Topics.ENRICH_DEAD_LETTER, Topics.RAW, GROUP);
    }
}
