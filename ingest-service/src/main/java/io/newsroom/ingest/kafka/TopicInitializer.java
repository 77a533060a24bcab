package io.newsroom.ingest.kafka;

import io.newsroom.ingest.config.TopicsConfig;
import io.newsroom.schemas.Topics;
import io.newsroom.schemas.TopicBootstrap;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Creates the raw topic at start-up. A broker that is down at start must not keep the service from starting
 * (requests then get 503 and readiness is down), so creation is retried in the background until it succeeds.
 */
public class TopicInitializer {

    private static final Logger LOG = Logger.getLogger(TopicInitializer.class);

    @Inject
    TopicsConfig config;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    void onStart(@Observes StartupEvent event) {
        ScheduledExecutorService retry = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "topic-init"));
        retry.execute(() -> attempt(retry));
    }

    private void attempt(ScheduledExecutorService retry) {
        try {
            List<String> created = TopicBootstrap.ensureTopics(KafkaAdminConfig.from(kafkaConfig), List.of(Topics.RAW),
                    config.partitions(), config.createTimeout());
            LOG.infof("Topics ready (created now: %s)", created);
            retry.shutdown();
        } catch (RuntimeException e) {
            LOG.warnf("Cannot create topics yet, retrying in 5 s: %s", e.getMessage());
            retry.schedule(() -> attempt(retry), 5, TimeUnit.SECONDS);
        }
    }
}
