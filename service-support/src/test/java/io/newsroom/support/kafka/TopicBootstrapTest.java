package io.newsroom.support.kafka;

import io.newsroom.infra.KafkaBroker;
import io.newsroom.infra.TempDirectories;
import io.newsroom.schemas.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Topic creation at start-up on a real broker of its own (the topics' names are the contract's): the raw topic is kept
 * for ever so that a re-enrichment can replay the archive; the others take the broker's retention.
 */
class TopicBootstrapTest {

    @Test
    void shouldCreateTheRawTopicWithoutTimeLimitAndTheOthersWithTheBrokersRetention() throws Exception {
        Path dir = TempDirectories.create("topic-bootstrap-");
        try (KafkaBroker broker = KafkaBroker.start(dir, 0)) {
            Map<String, Object> config = Map.of("bootstrap.servers", broker.bootstrapServers());

            List<String> created = TopicBootstrap.ensureTopics(config, List.of(Topics.RAW, Topics.ENRICHED), 2,
                    TopicBootstrap.KEEP_FOREVER, Duration.ofSeconds(30));

            assertThat(created).containsExactly(Topics.RAW, Topics.ENRICHED);
            try (Admin admin = Admin.create(config)) {
                assertThat(retention(admin, Topics.RAW)).isEqualTo("-1");
                assertThat(retention(admin, Topics.ENRICHED)).isEqualTo(String.valueOf(Duration.ofDays(7).toMillis()));
            }
        } finally {
            TempDirectories.deleteEventually(dir);
        }
    }

    private static String retention(Admin admin, String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return admin.describeConfigs(List.of(resource)).all().get().get(resource).get("retention.ms").value();
    }
}
