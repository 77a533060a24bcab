package io.newsroom.schemas;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Creates the contract's topics when missing, with the configured partition count and the broker's default
 * replication. Each service calls it at start-up for the topics it touches, so any start order works.
 * Kept in the contract jar because topic names and partitioning are part of the contract.
 */
public final class TopicBootstrap {

    private TopicBootstrap() {
    }

    /**
     * @return the names that were created now (the others existed already)
     * @throws IllegalStateException when the broker cannot be reached within {@code timeout}
     */
    public static java.util.List<String> ensureTopics(Map<String, Object> adminConfig, Collection<String> names,
                                                      int partitions, Duration timeout) {
        try (Admin admin = Admin.create(adminConfig)) {
            java.util.List<String> created = new java.util.ArrayList<>();
            for (String name : names) {
                NewTopic topic = new NewTopic(name, Optional.of(partitions), Optional.empty());
                try {
                    admin.createTopics(java.util.List.of(topic)).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                    created.add(name);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Could not create topic " + name + ": " + e.getCause(), e);
                    }
                }
            }
            return created;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer within " + timeout + " while creating topics", e);
        }
    }
}
