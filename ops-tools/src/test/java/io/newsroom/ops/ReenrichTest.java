package io.newsroom.ops;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * {@code reenrich} on the real broker: the group goes back to the first record at or after --since (offsetsForTimes)
 * on each partition, never forward past a backlog, never onto a partition it never committed on, only while the group
 * has no members, and not at all in a dry run.
 */
class ReenrichTest {

    private static final Instant T0 = Instant.parse("2026-11-20T00:00:00Z");

    private final String topic = TestBroker.uniqueName("raw");
    private final String group = TestBroker.uniqueName("enrich");
    private final TopicPartition p0 = new TopicPartition(topic, 0);
    private final TopicPartition p1 = new TopicPartition(topic, 1);
    private final TopicPartition p2 = new TopicPartition(topic, 2);

    /** Partition 0: five records a day apart, all enriched; 1: three, one enriched (a backlog); 2: two, group never there. */
    private void archive() {
        TestBroker.createTopic(topic, 3, Map.of("retention.ms", "-1"));
        try (KafkaProducer<String, String> producer = TestBroker.producer()) {
            for (int day = 0; day < 5; day++) {
                TestBroker.send(producer, record(0, day));
            }
            for (int day = 0; day < 3; day++) {
                TestBroker.send(producer, record(1, day));
            }
            for (int day = 0; day < 2; day++) {
                TestBroker.send(producer, record(2, day));
            }
        }
        TestBroker.commit(group, Map.of(p0, 5L, p1, 1L));
    }

    private ProducerRecord<String, String> record(int partition, int day) {
        return new ProducerRecord<>(topic, partition, T0.plus(Duration.ofDays(day)).toEpochMilli(), "article", "{}");
    }

    @Test
    void shouldMoveEachPartitionBackToTheFirstRecordSinceTheTimeButNeverForward() {
        archive();
        Reenrich reenrich = new Reenrich(TestBroker.settings());

        Reenrich.Plan plan = reenrich.plan(group, topic, T0.plus(Duration.ofDays(2)).minusSeconds(1));
        reenrich.apply(plan, Duration.ofSeconds(5), quiet());

        assertThat(plan.moves()).extracting(Reenrich.Move::target).containsExactly(2L, 1L, 2L);
        assertThat(plan.again()).isEqualTo(3);
        // Partition 1 keeps its backlog's position; partition 2 gets no offset (enrich starts it at its beginning).
        assertThat(TestBroker.committed(group)).containsOnly(Map.entry(p0, 2L), Map.entry(p1, 1L));
    }

    @Test
    void shouldMoveEveryPartitionToItsBeginningWithoutSince() {
        archive();
        Reenrich reenrich = new Reenrich(TestBroker.settings());

        reenrich.apply(reenrich.plan(group, topic, null), Duration.ofSeconds(5), quiet());

        assertThat(TestBroker.committed(group)).containsOnly(Map.entry(p0, 0L), Map.entry(p1, 0L));
    }

    @Test
    void shouldChangeNothingInADryRun() {
        archive();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        int status = OpsCli.run(List.of("--bootstrap-servers", TestBroker.bootstrap(), "reenrich", "--group", group,
                "--topic", topic, "--since", "2026-11-22", "--dry-run"), new PrintStream(bytes, true, StandardCharsets.UTF_8), quiet());

        assertThat(status).isZero();
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("partition  0  5 -> 2  (3 offsets again; end 5)")
                .contains("partition  1  1 stays")
                .contains("partition  2  never committed")
                .contains("Dry run: nothing changed.");
        assertThat(TestBroker.committed(group)).containsOnly(Map.entry(p0, 5L), Map.entry(p1, 1L));
    }

    @Test
    void shouldRefuseWhileTheGroupHasAMember() {
        archive();
        Reenrich reenrich = new Reenrich(TestBroker.settings());
        Reenrich.Plan plan = reenrich.plan(group, topic, null);
        try (KafkaConsumer<byte[], byte[]> running = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestBroker.bootstrap(), ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            running.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                running.poll(Duration.ofMillis(100));
                return !running.assignment().isEmpty();
            });

            assertThatThrownBy(() -> reenrich.apply(plan, Duration.ofSeconds(2), quiet()))
                    .isInstanceOf(UsageException.class).hasMessageContaining("still has 1 member(s)");
        }
        assertThat(TestBroker.committed(group)).containsOnly(Map.entry(p0, 5L), Map.entry(p1, 1L));
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
