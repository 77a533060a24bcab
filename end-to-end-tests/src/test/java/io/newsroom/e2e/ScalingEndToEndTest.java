package io.newsroom.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.infra.ExternalInfrastructure.Database;
import io.newsroom.infra.FreePort;
import io.newsroom.infra.SharedInfrastructure;
import io.newsroom.schemas.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scaling out as {@code ./newsroom up --scale enrich-service=2,store-service=2} does it: more instances of a service,
 * each its own process on its own port, all in the service's one consumer group (instance ids derive from the port).
 * While articles arrive steadily, a second enrich and a second store instance join: the broker's description of each
 * group shows the new instance holding half of its topic's 12 partitions and both instances doing work; then the
 * first enrich instance leaves and the second takes every partition. Every article ingest accepted is stored, and
 * the enriched topic holds exactly one committed record for each (no loss, no duplicate across the rebalances).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScalingEndToEndTest {

    private static final Duration READY = Duration.ofSeconds(120);
    private static final String ENRICH_GROUP = "enrich-service";
    private static final String STORE_GROUP = "store-service";
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final IngestPoster poster = new IngestPoster("scale-key-");
    private final List<ServiceProcess> services = new ArrayList<>();
    private final String source = "scale-" + UUID.randomUUID().toString().substring(0, 8);
    private String bootstrap;
    private Database db;
    private Admin admin;
    private ServiceProcess ingest;

    @BeforeAll
    void startOneInstanceOfEach() throws Exception {
        bootstrap = SharedInfrastructure.kafkaBootstrapServers();
        db = SharedInfrastructure.database();
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
        ServiceProcess store = startStore("store-service");
        ServiceProcess enrich = startEnrich("enrich-service");
        ingest = start("ingest-service", "ingest-service", Map.of(
                "NEWSROOM_INGEST_ARTICLE_LOCATION_BASE", store.url("/articles/"),
                "NEWSROOM_INGEST_API_KEYS", poster.keyHashes(List.of(source))));
        poster.target(ingest.url("/articles"));
        for (ServiceProcess service : List.of(store, enrich, ingest)) {
            service.awaitReady(READY);
        }
    }

    @AfterAll
    void stopEverything() throws InterruptedException {
        for (ServiceProcess service : services) {
            service.close();
        }
        if (admin != null) {
            admin.close();
        }
    }

    @Test
    void shouldShareEachTopicBetweenInstancesAndKeepEveryArticleWhileInstancesJoinAndLeave() throws Exception {
        ServiceProcess store1 = services.get(0);
        ServiceProcess enrich1 = services.get(1);
        assertThat(admin.describeTopics(List.of(Topics.RAW)).allTopicNames().get().get(Topics.RAW).partitions()).hasSize(12);
        // Members of earlier runs against this broker time out of the group first: wait until instance 1 has it all.
        awaitPartitions(ENRICH_GROUP, Topics.RAW, Map.of(instanceId(enrich1), 12));

        SteadyPoster steady = new SteadyPoster();
        Thread feeder = new Thread(steady, "scale-feeder");
        feeder.start();
        try {
            Instant joining = Instant.now();
            ServiceProcess enrich2 = startEnrich("enrich-service-2");
            ServiceProcess store2 = startStore("store-service-2");
            enrich2.awaitReady(READY);
            store2.awaitReady(READY);
            Map<String, Integer> enrichShares = awaitPartitions(ENRICH_GROUP, Topics.RAW,
                    Map.of(instanceId(enrich1), 6, instanceId(enrich2), 6));
            Map<String, Integer> storeShares = awaitPartitions(STORE_GROUP, Topics.ENRICHED,
                    Map.of(instanceId(store1), 6, instanceId(store2), 6));
            System.out.printf("[scaling] second instances ready and assigned after %d ms%n",
                    Duration.between(joining, Instant.now()).toMillis());
            // Both instances of each service work on what arrives, not just hold partitions.
            double enriched2Before = enrich2.counter("newsroom_articles_enriched_total");
            double stored2Before = store2.counter("newsroom_articles_stored_total{outcome=\"inserted\"");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(enrich2.counter("newsroom_articles_enriched_total")).isGreaterThan(enriched2Before);
                assertThat(store2.counter("newsroom_articles_stored_total{outcome=\"inserted\"")).isGreaterThan(stored2Before);
                assertThat(enrich1.counter("newsroom_articles_enriched_total")).isPositive();
                assertThat(store1.counter("newsroom_articles_stored_total{outcome=\"inserted\"")).isPositive();
            });

            enrich1.close(); // SIGTERM: it leaves the group at once, its partitions move to instance 2
            Map<String, Integer> afterLeaving = awaitPartitions(ENRICH_GROUP, Topics.RAW, Map.of(instanceId(enrich2), 12));
            int acceptedWhenLeft = steady.accepted.size();
            await().atMost(Duration.ofSeconds(20)).until(() -> steady.accepted.size() >= acceptedWhenLeft + 20);

            assertThat(enrichShares).containsEntry(instanceId(enrich2), 6);
            assertThat(storeShares).containsEntry(instanceId(store2), 6);
            assertThat(afterLeaving).containsOnlyKeys(instanceId(enrich2));
        } finally {
            steady.running.set(false);
            feeder.join(30_000);
        }

        assertThat(steady.refused).as("answers other than 202").isEmpty();
        assertThat(steady.accepted).hasSizeGreaterThan(100);
        Set<String> ids = steady.accepted.keySet();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(missing(store1, ids)).as("accepted but not stored").isEmpty());
        Map<String, Integer> committed = committedEnrichedRecords(ids);
        assertThat(committed.entrySet().stream().filter(e -> e.getValue() != 1).toList())
                .as("enriched records per article other than exactly one").isEmpty();
        assertThat(committed).hasSameSizeAs(ids);
        System.out.printf("[scaling] %d articles posted at about %d/s, every one stored once%n",
                ids.size(), SteadyPoster.PER_SECOND);
    }

    /** Posts an article of {@link #source} every 100 ms until stopped, keeping the ids answered 202. */
    private final class SteadyPoster implements Runnable {
        static final int PER_SECOND = 10;
        final AtomicBoolean running = new AtomicBoolean(true);
        final Map<String, Boolean> accepted = new ConcurrentHashMap<>();
        final List<String> refused = new CopyOnWriteArrayList<>();
        private final AtomicInteger sequence = new AtomicInteger();

        @Override
        public void run() {
            while (running.get()) {
                int n = sequence.incrementAndGet();
                try {
                    HttpResponse<String> response = poster.post("""
                            {"source":"%s","sourceId":"story-%d","url":"https://scale.example/%d",
                             "headline":"Ministers meet in Brussels over energy prices, round %d",
                             "body":"BRUSSELS - European Union energy ministers met on Monday in Brussels to discuss gas prices."}
                            """.formatted(source, n, n, n));
                    if (response.statusCode() == 202) {
                        accepted.put(json.readTree(response.body()).get("id").asText(), true);
                    } else {
                        refused.add(response.statusCode() + " " + response.body());
                    }
                    Thread.sleep(1000 / PER_SECOND);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (IOException e) {
                    refused.add(e.toString());
                }
            }
        }
    }

    /**
     * Waits until the broker's description of {@code group} assigns the partitions of {@code topic} exactly as
     * {@code expected} (instance id → partitions; an instance's consumers are its members {@code <instance id>-<n>}).
     */
    private Map<String, Integer> awaitPartitions(String group, String topic, Map<String, Integer> expected) {
        return await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(500))
                .until(() -> partitionsPerInstance(group, topic), expected::equals);
    }

    private Map<String, Integer> partitionsPerInstance(String group, String topic) throws Exception {
        Map<String, Integer> perInstance = new TreeMap<>();
        for (MemberDescription member : admin.describeConsumerGroups(List.of(group)).all().get(10, TimeUnit.SECONDS)
                .get(group).members()) {
            String memberId = member.groupInstanceId().orElse(member.clientId());
            String instance = memberId.substring(0, memberId.lastIndexOf('-'));
            int partitions = (int) member.assignment().topicPartitions().stream()
                    .filter(p -> p.topic().equals(topic)).count();
            perInstance.merge(instance, partitions, Integer::sum);
        }
        return perInstance;
    }

    /** Ids the store does not serve (yet). */
    private List<String> missing(ServiceProcess store, Set<String> ids) throws IOException, InterruptedException {
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            if (get(store.url("/articles/" + id)).statusCode() != 200) {
                missing.add(id);
            }
        }
        return missing;
    }

    /** Committed records per article id on the enriched topic, for the given ids (read_committed, from the start). */
    private Map<String, Integer> committedEnrichedRecords(Set<String> ids) {
        Map<String, Integer> counts = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ENRICHED).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (ids.contains(record.key())) {
                        counts.merge(record.key(), 1, Integer::sum);
                    }
                }
                return partitions.stream().allMatch(p -> consumer.position(p) >= ends.get(p));
            });
        }
        return counts;
    }

    /** The instance id the service derives from its port (NEWSROOM_INSTANCE_ID's default): {@code <module>-<port>}. */
    private static String instanceId(ServiceProcess service) {
        return service.name.replaceFirst("-\\d+$", "") + "-" + service.port;
    }

    private ServiceProcess startStore(String instance) throws IOException {
        return start("store-service", instance, Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl(),
                "QUARKUS_DATASOURCE_USERNAME", db.user(),
                "QUARKUS_DATASOURCE_PASSWORD", db.password()));
    }

    private ServiceProcess startEnrich(String instance) throws IOException {
        return start("enrich-service", instance, Map.of());
    }

    private ServiceProcess start(String module, String instance, Map<String, String> env) throws IOException {
        Map<String, String> all = new HashMap<>(env);
        all.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
        ServiceProcess process = ServiceProcess.start(module, instance, FreePort.find(), all);
        services.add(process);
        return process;
    }


    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
