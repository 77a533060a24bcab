package io.newsroom.store.kafka;

import io.newsroom.schemas.Topics;
import io.newsroom.support.deadletter.ServiceRedrive;
import jakarta.inject.Singleton;

/** store-service's re-drive: its dead letters back onto the topic it consumes, progress in group store-service-redrive. */
@Singleton
public class DeadLetterRedriver extends ServiceRedrive {

    public static final String GROUP = "store-service-redrive";

    DeadLetterRedriver() {
        super(Topics.STORE_DEAD_LETTER, Topics.ENRICHED, GROUP);
    }
}
