package io.newsroom.support.kafka;

import java.util.List;

/**
 * The topics one service reads, writes or dead-letters to, which {@link TopicInitializer} creates at its start-up.
 * Each service produces exactly one as a bean; which topics are whose is the only thing that differs between them.
 *
 * @param clientId the admin client's id (and its thread's name), {@code <service>-topics}
 */
public record ServiceTopics(String clientId, List<String> names) {

    public ServiceTopics {
        names = List.copyOf(names);
    }
}
