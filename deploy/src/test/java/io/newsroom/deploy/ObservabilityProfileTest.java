package io.newsroom.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.newsroom.deploy.ServiceSources.ROOT;
import static io.newsroom.deploy.ServiceSources.SERVICES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compose profile "observability" checked offline (no Docker engine here): its containers only in that
 * profile and pinned, every mounted file present, Prometheus scraping each service where it serves metrics, and the
 * provisioned dashboard reading only metrics that exist: newsroom_* ones registered in the services' code, the rest
 * named with their source in docs/operations.md.
 */
class ObservabilityProfileTest {

    private static final List<String> OBSERVABILITY = List.of("prometheus", "kafka-exporter", "grafana", "jaeger");
    private static final Path DASHBOARD = ROOT.resolve("deploy/observability/grafana/dashboards/newsroom-pipeline.json");

    private final JsonNode compose = Yaml.read(ROOT.resolve("docker-compose.yml"));

    @Test
    void shouldStartObservabilityOnlyInItsProfileFromPinnedImages() {
        for (String name : OBSERVABILITY) {
            JsonNode service = compose.at("/services/" + name);
            assertThat(service.isMissingNode()).as(name).isFalse();
            assertThat(service.at("/profiles").toString()).as(name).isEqualTo("[\"observability\"]");
            assertThat(service.at("/image").asText()).as(name + " image").matches("[a-z0-9./-]+:v?[0-9]+\\.[0-9]+\\.[0-9]+");
        }
        for (String name : List.of("kafka", "postgres", "ingest-service", "enrich-service", "store-service")) {
            assertThat(compose.at("/services/" + name).has("profiles")).as(name + " runs in every profile").isFalse();
        }
    }

    @Test
    void shouldMountOnlyFilesOfTheRepository() {
        List<String> mounts = new ArrayList<>();
        compose.at("/services").forEach(service -> service.path("volumes").forEach(v -> mounts.add(v.asText())));
        List<String> binds = mounts.stream().filter(m -> m.startsWith("./")).toList();
        assertThat(binds).hasSizeGreaterThanOrEqualTo(3);
        assertThat(binds).allSatisfy(bind -> assertThat(ROOT.resolve(bind.split(":")[0]).normalize()).exists());
    }

    @Test
    void shouldScrapeEveryServiceWhereItServesMetrics() {
        JsonNode prometheus = Yaml.read(ROOT.resolve("deploy/observability/prometheus/prometheus.yml"));
        Map<String, JsonNode> jobs = new HashMap<>();
        prometheus.path("scrape_configs").forEach(job -> jobs.put(job.path("job_name").asText(), job));
        for (String service : SERVICES) {
            JsonNode job = jobs.get(service);
            assertThat(job).as(service).isNotNull();
            assertThat(job.path("metrics_path").asText()).isEqualTo("/q/metrics");
            JsonNode discovery = job.at("/dns_sd_configs/0");
            assertThat(discovery.path("names").toString()).as("every replica of " + service).isEqualTo("[\"" + service + "\"]");
            assertThat(discovery.path("port").asInt()).isEqualTo(ServiceSources.httpPort(service));
        }
        assertThat(jobs.get("kafka-exporter").at("/static_configs/0/targets/0").asText()).isEqualTo("kafka-exporter:9308");
        assertThat(compose.at("/services/kafka-exporter/command").toString()).contains("--kafka.server=kafka:9092");
    }

    @Test
    void shouldReceiveTracesOverOtlp() {
        JsonNode jaeger = compose.at("/services/jaeger");
        assertThat(jaeger.at("/environment/COLLECTOR_OTLP_ENABLED").asText()).isEqualTo("true");
        assertThat(jaeger.at("/ports").toString()).contains("4317:4317", "4318:4318", "16686:16686");
        // Each service sends to it once tracing is turned on from the shell; off by default (no exporter noise).
        for (String service : SERVICES) {
            JsonNode env = compose.at("/services/" + service + "/environment");
            assertThat(env.path("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT").asText()).as(service).isEqualTo("http://jaeger:4317");
            assertThat(env.path("QUARKUS_OTEL_SDK_DISABLED").asText()).as(service)
                    .isEqualTo("${QUARKUS_OTEL_SDK_DISABLED:-true}");
            assertThat(ServiceSources.properties(service).getProperty("quarkus.otel.sdk.disabled")).as(service).isEqualTo("true");
        }
    }

    @Test
    void shouldProvisionTheDashboardOnItsDatasources() throws IOException {
        JsonNode datasources = Yaml.read(ROOT.resolve("deploy/observability/grafana/provisioning/datasources/datasources.yml"));
        Set<String> uids = new HashSet<>();
        datasources.path("datasources").forEach(d -> uids.add(d.path("uid").asText()));
        JsonNode dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());
        List<JsonNode> targets = targets(dashboard);
        assertThat(targets).hasSizeGreaterThanOrEqualTo(10);
        assertThat(targets).allSatisfy(t -> assertThat(uids).contains(t.at("/datasource/uid").asText()));
        JsonNode provider = Yaml.read(ROOT.resolve("deploy/observability/grafana/provisioning/dashboards/dashboards.yml"));
        assertThat(compose.at("/services/grafana/volumes").toString())
                .contains("./deploy/observability/grafana/dashboards:" + provider.at("/providers/0/options/path").asText());
    }

    /** Every metric a panel reads exists: registered by a service, or documented with its source. */
    @Test
    void shouldReadOnlyMetricsThatExist() throws IOException {
        Set<String> registered = ServiceSources.registeredMetricNames();
        Set<String> documented = documentedMetrics();
        Set<String> used = new TreeSet<>();
        targets(new ObjectMapper().readTree(DASHBOARD.toFile())).forEach(t -> used.addAll(PromQl.metricNames(t.path("expr").asText())));

        assertThat(used).as("rates per stage, lag, latency, dead letters").contains("newsroom_articles_received_total",
                "newsroom_articles_published_total", "newsroom_articles_enriched_total", "newsroom_articles_stored_total",
                "kafka_consumergroup_lag", "newsroom_consumer_lag", "newsroom_store_ingest_to_stored_seconds_bucket",
                "newsroom_articles_dead_lettered_total", "newsroom_articles_rejected_total");
        for (String metric : used) {
            if (metric.startsWith("newsroom_")) {
                assertThat(registered).as("registered by a service's code").contains(metric);
            } else {
                assertThat(documented).as("docs/operations.md, metrics table").contains(metric);
            }
        }
        assertThat(documented.stream().filter(m -> m.startsWith("newsroom_")).toList())
                .as("documented newsroom metrics are registered").isSubsetOf(registered);
    }

    /** Backticked names in the rows of docs/operations.md's table under "Metrics on the dashboard". */
    private static Set<String> documentedMetrics() throws IOException {
        String operations = Files.readString(ROOT.resolve("docs/operations.md"));
        int section = operations.indexOf("### Metrics on the dashboard");
        assertThat(section).as("docs/operations.md section").isNotNegative();
        Set<String> names = new TreeSet<>();
        for (String line : operations.substring(section).split("\n")) {
            if (line.startsWith("|")) {
                String firstCell = line.split("\\|")[1];
                Matcher name = Pattern.compile("`([a-zA-Z_:][a-zA-Z0-9_:]*)`").matcher(firstCell);
                while (name.find()) {
                    names.add(name.group(1));
                }
            } else if (!names.isEmpty() && line.isBlank()) {
                break;
            }
        }
        return names;
    }

    private static List<JsonNode> targets(JsonNode dashboard) {
        List<JsonNode> targets = new ArrayList<>();
        dashboard.path("panels").forEach(panel -> panel.path("targets").forEach(targets::add));
        return targets;
    }
}
