import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsroom.infra.FreePort;
import io.newsroom.infra.KafkaBroker;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A short scaling run of enrich-service for docs/scaling.md: N raw events (3-4 sample bodies each, about 2 KB) wait on
 * the 12-partition raw topic of a fresh broker; then 1, 2… packaged enrich-service instances (as ./newsroom up --scale
 * starts them: -Xmx512m, two consumers each, one consumer group) drain it from the start, one count after another.
 * Prints per count: articles/s from the moment every instance is ready until the group's lag is 0, the instances' CPU
 * ms per article, and the load average before and after. The broker runs inside this JVM.
 *
 *   java -Dlog4j2.configurationFile=log4j2-broker.xml -cp 'local-infrastructure/target/local-infrastructure-1.0.0-SNAPSHOT.jar:local-infrastructure/target/lib/*' \
 *     scripts/EnrichScaleRun.java [N=6000] [counts=1,2]
 */
public class EnrichScaleRun {

    static final String RAW = "news.articles.raw.v1";
    static final String GROUP = "enrich-service";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 6000;
        List<Integer> counts = args.length > 1 ? List.of(args[1].split(",")).stream().map(Integer::parseInt).toList() : List.of(1, 2);
        Path jar = Path.of("enrich-service/target/quarkus-app/quarkus-run.jar").toAbsolutePath();
        Path data = Files.createTempDirectory("enrich-scale-run");
        try (KafkaBroker broker = KafkaBroker.start(data, 0);
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(RAW, 12, (short) 1))).all().get();
            produce(broker.bootstrapServers(), n);
            Map<TopicPartition, Long> ends = admin.listOffsets(IntStream.range(0, 12).boxed().collect(Collectors.toMap(
                    p -> new TopicPartition(RAW, p), p -> OffsetSpec.latest()))).all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
            System.out.printf("%d raw events on %s (%d partitions)%n", n, RAW, ends.size());
            for (int count : counts) {
                run(admin, broker.bootstrapServers(), jar, count, n, ends);
            }
        }
    }

    static void run(Admin admin, String bootstrap, Path jar, int count, int n, Map<TopicPartition, Long> ends) throws Exception {
        String loadBefore = load();
        List<Process> instances = new ArrayList<>();
        List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int port = FreePort.find();
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-jar", jar.toString())
                    .redirectErrorStream(true).redirectOutput(Path.of("/tmp/enrich-scale-run-" + count + "-" + (i + 1) + ".log").toFile());
            builder.environment().put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
            builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
            instances.add(builder.start());
            ports.add(port);
        }
        for (int port : ports) {
            while (status("http://127.0.0.1:" + port + "/q/health/ready") != 200) {
                Thread.sleep(200);
            }
        }
        Instant ready = Instant.now();
        long lag;
        do {
            Thread.sleep(250);
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get();
            lag = ends.entrySet().stream().mapToLong(e -> e.getValue()
                    - (committed.get(e.getKey()) == null ? 0 : committed.get(e.getKey()).offset())).sum();
        } while (lag > 0);
        double seconds = Duration.between(ready, Instant.now()).toMillis() / 1000.0;
        double cpuMs = instances.stream().mapToLong(p -> p.toHandle().info().totalCpuDuration().orElse(Duration.ZERO).toMillis()).sum();
        for (Process p : instances) {
            p.destroy();
        }
        for (Process p : instances) {
            p.waitFor();
        }
        System.out.printf("instances=%d articles=%d drain_s=%.1f articles_per_s=%.0f enrich_cpu_ms_per_article=%.2f "
                + "(start-up included) load=%s -> %s%n", count, n, seconds, n / seconds, cpuMs / n, loadBefore, load());
        // The next count drains the same events again from the start.
        while (true) {
            try {
                admin.deleteConsumerGroups(List.of(GROUP)).all().get();
                return;
            } catch (Exception e) {
                Thread.sleep(500); // members still leaving
            }
        }
    }

    static void produce(String bootstrap, int n) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> bodies = new ArrayList<>();
        try (var files = Files.list(Path.of("samples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                bodies.add(json.readTree(file.toFile()).get("body").asText());
            }
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5), new StringSerializer(), new StringSerializer())) {
            String now = Instant.now().toString();
            for (int i = 0; i < n; i++) {
                String id = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(("scale-run:" + i).getBytes(StandardCharsets.UTF_8))).substring(0, 32);
                StringBuilder body = new StringBuilder();
                for (int b = 0; b < 3 + i % 2; b++) {
                    body.append(bodies.get((i + b) % bodies.size())).append('\n');
                }
                ObjectNode event = json.createObjectNode().put("id", id).put("source", "wire-eu").put("sourceId", "scale-" + i)
                        .put("url", "https://wire-eu.example/scale/" + i).put("version", 1)
                        .put("headline", "Ministers meet over energy prices, story " + i).put("body", body.toString())
                        .put("language", "en").put("versionCreated", now).put("pubStatus", "usable").put("ingestedAt", now);
                event.putArray("authors");
                producer.send(new ProducerRecord<>(RAW, id, event.toString()));
            }
            producer.flush();
        }
    }

    static int status(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return 0;
        }
    }

    static String load() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }
}
