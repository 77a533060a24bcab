package io.newsroom.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newsroom.schemas.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml cannot run here (no Docker engine), so this checks it against what it must agree with:
 * each service's application.properties and typed configuration, its Dockerfile, the topic names and the
 * Kafka version of the build.
 */
class DockerComposeTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern CONFIG_MAPPING = Pattern.compile("@ConfigMapping\\(prefix = \"([^\"]+)\"\\)");
    private static final Pattern CONFIG_METHOD = Pattern.compile("^\\s+\\w[\\w<>]*\\s+(\\w+)\\(\\);", Pattern.MULTILINE);

    private final JsonNode compose = read();

    @ParameterizedTest
    @ValueSource(strings = {"ingest-service", "enrich-service", "store-service"})
    void shouldBuildEachServiceFromItsDockerfileOnItsConfiguredPort(String name) throws IOException {
        JsonNode service = compose.at("/services/" + name);
        assertThat(service.isMissingNode()).as(name).isFalse();
        Path dockerfile = ROOT.resolve(service.at("/build/context").asText()).resolve(service.at("/build/dockerfile").asText());
        assertThat(dockerfile).exists();

        String port = properties(name).getProperty("quarkus.http.port");
        assertThat(service.at("/environment/QUARKUS_HTTP_PORT").asText()).isEqualTo(port);
        assertThat(Files.readString(dockerfile)).contains("EXPOSE " + port);
        assertThat(service.at("/healthcheck/test").toString()).contains(":" + port + "/q/health/ready");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest-service", "enrich-service", "store-service"})
    void shouldOnlySetVariablesTheServiceReads(String name) throws IOException {
        List<String> variables = new ArrayList<>();
        compose.at("/services/" + name + "/environment").fieldNames().forEachRemaining(variables::add);
        // Every service is given at least these; an empty or missing environment would otherwise pass unchecked.
        assertThat(variables).as(name + " environment").contains("KAFKA_BOOTSTRAP_SERVERS", "QUARKUS_HTTP_PORT");
        assertThat(variables).as(name + " sets only what it reads").isSubsetOf(configurationNames(name));
    }

    /** Only store-service names a topic in its configuration (its channel); ingest and enrich use Topics in code. */
    @Test
    void shouldUseOnlyContractTopics() throws IOException {
        Set<String> contract = Set.of(Topics.RAW, Topics.ENRICHED, Topics.ENRICH_DEAD_LETTER, Topics.STORE_DEAD_LETTER);
        Map<String, String> configured = new TreeMap<>();
        for (String name : new String[]{"ingest-service", "enrich-service", "store-service"}) {
            properties(name).forEach((key, value) -> {
                if (key.toString().endsWith(".topic")) {
                    configured.put(name + " " + key, value.toString());
                }
            });
        }
        assertThat(configured).as("configured topics")
                .containsEntry("store-service mp.messaging.incoming.enriched-articles-in.topic", Topics.ENRICHED);
        assertThat(configured.values()).as("configured topics").isSubsetOf(contract);
    }

    @Test
    void shouldStartServicesOnlyWhenTheirInfrastructureIsHealthy() {
        for (String name : new String[]{"ingest-service", "enrich-service", "store-service"}) {
            assertThat(compose.at("/services/" + name + "/depends_on/kafka/condition").asText()).isEqualTo("service_healthy");
        }
        assertThat(compose.at("/services/store-service/depends_on/postgres/condition").asText()).isEqualTo("service_healthy");
        assertThat(compose.at("/services/kafka/healthcheck").isMissingNode()).isFalse();
        assertThat(compose.at("/services/postgres/healthcheck").isMissingNode()).isFalse();
    }

    @Test
    void shouldLetEnrichServiceScaleOut() {
        JsonNode enrich = compose.at("/services/enrich-service");
        assertThat(enrich.has("ports")).as("a fixed host port would clash between replicas").isFalse();
        assertThat(enrich.has("container_name")).as("a container name allows one replica only").isFalse();
        // Replicas share the port, so an instance id made from it would be the same in each: they would fence each other.
        assertThat(enrich.at("/environment/NEWSROOM_INSTANCE_ID").asText()).as("an instance id of each container's own")
                .contains("${HOSTNAME}");
    }

    @Test
    void shouldRunTheKafkaReleaseTheClientsUseInKRaftMode() throws IOException {
        Matcher version = Pattern.compile("<kafka.version>([^<]+)</kafka.version>").matcher(Files.readString(ROOT.resolve("pom.xml")));
        assertThat(version.find()).isTrue();
        assertThat(compose.at("/services/kafka/image").asText()).isEqualTo("apache/kafka:" + version.group(1));
        assertThat(compose.at("/services/kafka/environment/KAFKA_PROCESS_ROLES").asText()).contains("controller");
        assertThat(compose.at("/services/kafka/environment/KAFKA_AUTO_CREATE_TOPICS_ENABLE").asText()).isEqualTo("false");
    }

    /**
     * With any KAFKA_* variable set, the apache/kafka image writes its own server.properties without the packaged
     * log.dirs, so Kafka's default /tmp/kafka-logs applied and topics vanished with the container: the log
     * directory must be the mounted volume.
     */
    @Test
    void shouldKeepTheBrokersLogOnItsVolume() {
        String logDirs = compose.at("/services/kafka/environment/KAFKA_LOG_DIRS").asText();
        assertThat(logDirs).as("KAFKA_LOG_DIRS").isNotBlank();
        List<String> mounts = new ArrayList<>();
        compose.at("/services/kafka/volumes").forEach(volume -> mounts.add(volume.asText()));
        assertThat(mounts).as("kafka volumes").anySatisfy(mount -> {
            String[] parts = mount.split(":");
            assertThat(compose.at("/volumes").has(parts[0])).as("a named volume: " + mount).isTrue();
            assertThat(parts[1]).isEqualTo(logDirs);
        });
    }

    /**
     * Environment variable names the service reads: its properties and the @ConfigMapping members of its code and of
     * service-support's (every service has those beans: topics, admin, HTTP limits), as Quarkus maps them.
     */
    private static Set<String> configurationNames(String service) throws IOException {
        Set<String> names = new HashSet<>();
        properties(service).stringPropertyNames().forEach(key -> names.add(toEnv(key)));
        try (Stream<Path> sources = Stream.concat(Files.walk(ROOT.resolve(service).resolve("src/main/java")),
                Files.walk(ROOT.resolve("service-support/src/main/java")))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                Matcher mapping = CONFIG_MAPPING.matcher(code);
                if (mapping.find()) {
                    Matcher method = CONFIG_METHOD.matcher(code);
                    while (method.find()) {
                        names.add(toEnv(mapping.group(1) + "." + method.group(1).replaceAll("([a-z])([A-Z])", "$1-$2")));
                    }
                }
            }
        }
        return names;
    }

    private static String toEnv(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static Properties properties(String service) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(ROOT.resolve(service).resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        return properties;
    }

    private static JsonNode read() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker-compose.yml").toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
