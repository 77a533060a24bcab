package io.newsroom.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each service's ConfigMap carries the OpenTelemetry settings the service reads (README, "Operating it"), so ops turn
 * tracing on by editing one value: the switch as off as the service's own default, the OTLP gRPC endpoint of a
 * collector in the cluster.
 */
class TracingConfigMapTest {

    @ParameterizedTest
    @ValueSource(strings = {"ingest-service", "enrich-service", "store-service"})
    void shouldCarryTheTracingSwitchOffByDefaultAndACollectorEndpoint(String service) {
        JsonNode data = Yaml.read(ServiceSources.ROOT.resolve("deploy/k8s/base").resolve(service).resolve("configmap.yaml"))
                .path("data");

        assertThat(data.path("QUARKUS_OTEL_SDK_DISABLED").asText())
                .isEqualTo(ServiceSources.properties(service).getProperty("quarkus.otel.sdk.disabled")).isEqualTo("true");
        assertThat(data.path("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT").asText()).matches("http://[a-z0-9.-]+:4317");
    }
}
