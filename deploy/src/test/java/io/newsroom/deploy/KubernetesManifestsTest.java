package io.newsroom.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.newsroom.schemas.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
import java.util.stream.Stream;

import static io.newsroom.deploy.ServiceSources.ROOT;
import static io.newsroom.deploy.ServiceSources.SERVICES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * deploy/k8s checked without a cluster: every manifest and patch read into its Kubernetes API type with unknown
 * fields failing (KEDA's ScaledObjects field by field), then base and each overlay rendered and checked against the
 * services themselves: ports, health probes, resources, the variables each service reads, where keys and passwords
 * come from, and the consumer groups and topics the autoscalers watch.
 */
class KubernetesManifestsTest {

    private static final Path K8S = ROOT.resolve("deploy/k8s");
    /** Read by the image's start script (run-java.sh), not by the application. */
    private static final Set<String> IMAGE_VARIABLES = Set.of("JAVA_MAX_MEM_RATIO");
    private static final String SECRET = "newsroom-secrets";

    @Test
    void shouldReadEveryManifestIntoItsKubernetesType() throws IOException {
        List<String> read = new ArrayList<>();
        try (Stream<Path> files = Files.walk(K8S)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml") && !p.endsWith("kustomization.yaml")).toList()) {
                for (ObjectNode manifest : Yaml.documents(file)) {
                    if (ScaledObjects.isScaledObject(manifest)) {
                        assertThat(ScaledObjects.unknownFields(manifest)).as(file.toString()).isEmpty();
                    } else {
                        KubernetesTypes.read(manifest);
                    }
                    read.add(manifest.get("kind").asText());
                }
            }
        }
        assertThat(new TreeSet<>(read)).containsExactly("ConfigMap", "Deployment", "HorizontalPodAutoscaler",
                "PodDisruptionBudget", "ScaledObject", "Secret", "Service");
    }

    @Test
    void shouldRefuseAFieldTheApiDoesNotHave() {
        ObjectNode deployment = (ObjectNode) Yaml.documents(K8S.resolve("base/ingest-service/deployment.yaml")).get(0);
        ((ObjectNode) deployment.at("/spec/template/spec/containers/0")).put("livenesProbe", "typo");
        assertThatThrownBy(() -> KubernetesTypes.read(deployment)).hasMessageContaining("livenesProbe");
        ObjectNode scaled = (ObjectNode) Yaml.documents(K8S.resolve("base/store-service/scaledobject.yaml")).get(0);
        ((ObjectNode) scaled.at("/spec/triggers/0/metadata")).put("lagTreshold", "5");
        assertThat(ScaledObjects.problems(scaled)).contains("unknown field kafka metadata.lagTreshold");
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void shouldRenderEveryServicesResources(String kustomization) {
        Map<String, ObjectNode> rendered = render(kustomization);
        for (String service : SERVICES) {
            assertThat(rendered).containsKeys("Deployment/" + service, "Service/" + service,
                    "PodDisruptionBudget/" + service, "ConfigMap/" + service + "-config");
        }
        assertThat(rendered).containsKeys("HorizontalPodAutoscaler/ingest-service", "ScaledObject/enrich-service", "ScaledObject/store-service");
        rendered.values().forEach(manifest -> {
            if (ScaledObjects.isScaledObject(manifest)) {
                assertThat(ScaledObjects.problems(manifest)).as(Kustomization.id(manifest)).isEmpty();
            } else {
                KubernetesTypes.read(manifest);
            }
        });
    }

    @Test
    void shouldPlaceEachOverlayInItsNamespace() {
        assertThat(render("overlays/dev").values()).allSatisfy(m -> assertThat(m.at("/metadata/namespace").asText()).isEqualTo("newsroom-dev"));
        assertThat(render("overlays/prod").values()).allSatisfy(m -> assertThat(m.at("/metadata/namespace").asText()).isEqualTo("newsroom"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void shouldRunEachServiceOnItsPortBehindItsHealthProbes(String kustomization) {
        Map<String, ObjectNode> rendered = render(kustomization);
        for (String service : SERVICES) {
            Container container = container(rendered, service);
            int port = ServiceSources.httpPort(service);
            assertThat(container.getPorts()).as(service).singleElement().satisfies(p -> {
                assertThat(p.getContainerPort()).isEqualTo(port);
                assertThat(p.getName()).isEqualTo("http");
            });
            assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/q/health/live");
            assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/q/health/ready");
            assertThat(container.getStartupProbe().getHttpGet().getPath()).isEqualTo("/q/health/started");
            assertThat(container.getLivenessProbe().getHttpGet().getPort().getStrVal()).isEqualTo("http");

            Service svc = KubernetesTypes.read(rendered.get("Service/" + service), Service.class);
            assertThat(svc.getSpec().getPorts()).singleElement().satisfies(p -> {
                assertThat(p.getPort()).isEqualTo(port);
                assertThat(p.getTargetPort().getStrVal()).isEqualTo("http");
            });
            Map<String, String> podLabels = deployment(rendered, service).getSpec().getTemplate().getMetadata().getLabels();
            assertThat(podLabels).containsAllEntriesOf(svc.getSpec().getSelector());
            assertThat(podLabels).containsAllEntriesOf(deployment(rendered, service).getSpec().getSelector().getMatchLabels());
            PodDisruptionBudget pdb = KubernetesTypes.read(rendered.get("PodDisruptionBudget/" + service), PodDisruptionBudget.class);
            assertThat(podLabels).containsAllEntriesOf(pdb.getSpec().getSelector().getMatchLabels());
            assertThat(pdb.getSpec().getMaxUnavailable().getIntVal()).isEqualTo(1);
        }
    }

    /** The heap is JAVA_MAX_MEM_RATIO percent of the memory limit: it must come to the measured heap. */
    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void shouldSizeEachContainerForItsMeasuredHeap(String kustomization) {
        Map<String, Long> heapMiB = Map.of("ingest-service", 256L, "enrich-service", 512L, "store-service", 512L);
        Map<String, ObjectNode> rendered = render(kustomization);
        for (String service : SERVICES) {
            Container container = container(rendered, service);
            Map<String, Quantity> requests = container.getResources().getRequests();
            Map<String, Quantity> limits = container.getResources().getLimits();
            assertThat(requests).as(service).containsKeys("cpu", "memory");
            assertThat(limits).as(service).containsKeys("cpu", "memory");
            assertThat(bytes(requests.get("memory"))).as(service + ": memory request = limit (never OOM-killed for a neighbour)")
                    .isEqualTo(bytes(limits.get("memory")));
            assertThat(Quantity.getAmountInBytes(requests.get("cpu"))).as(service + " cpu").isLessThanOrEqualTo(Quantity.getAmountInBytes(limits.get("cpu")));
            long ratio = Long.parseLong(env(container, "JAVA_MAX_MEM_RATIO").getValue());
            assertThat(bytes(limits.get("memory")) * ratio / 100 / (1024 * 1024)).as(service + " heap MiB").isEqualTo(heapMiB.get(service));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void shouldSetOnlyVariablesTheServiceReads(String kustomization) {
        Map<String, ObjectNode> rendered = render(kustomization);
        for (String service : SERVICES) {
            Container container = container(rendered, service);
            Set<String> names = new HashSet<>(configMap(rendered, service).getData().keySet());
            container.getEnv().forEach(e -> names.add(e.getName()));
            assertThat(container.getEnvFrom()).singleElement()
                    .satisfies(from -> assertThat(from.getConfigMapRef().getName()).isEqualTo(service + "-config"));
            Set<String> allowed = new HashSet<>(ServiceSources.configurationNames(service));
            allowed.addAll(IMAGE_VARIABLES);
            assertThat(names).as(service).contains("KAFKA_BOOTSTRAP_SERVERS").isSubsetOf(allowed);
        }
        assertThat(configMap(rendered, "store-service").getData()).containsKeys("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME");
    }

    /** Keys and passwords only from the Secret: dev ships its development values, prod expects it made beforehand. */
    @Test
    void shouldTakeKeysAndPasswordsFromTheSecret() throws IOException {
        Set<String> secretVariables = Set.of("NEWSROOM_INGEST_API_KEYS", "NEWSROOM_ADMIN_KEY_HASH", "QUARKUS_DATASOURCE_PASSWORD");
        String operations = Files.readString(ROOT.resolve("docs/operations.md"));
        for (String kustomization : List.of("overlays/dev", "overlays/prod")) {
            Map<String, ObjectNode> rendered = render(kustomization);
            Map<String, Boolean> referenced = new HashMap<>();
            for (String service : SERVICES) {
                assertThat(configMap(rendered, service).getData().keySet()).doesNotContainAnyElementsOf(secretVariables);
                for (EnvVar variable : container(rendered, service).getEnv()) {
                    if (secretVariables.contains(variable.getName())) {
                        var ref = variable.getValueFrom().getSecretKeyRef();
                        assertThat(ref.getName()).isEqualTo(SECRET);
                        referenced.merge(ref.getKey(), Boolean.TRUE.equals(ref.getOptional()), Boolean::logicalAnd);
                    }
                }
            }
            assertThat(referenced).containsOnlyKeys("ingest-api-keys", "admin-key-hash", "db-password");
            if (kustomization.endsWith("dev")) {
                Secret secret = KubernetesTypes.read(rendered.get("Secret/" + SECRET), Secret.class);
                assertThat(secret.getStringData()).containsOnlyKeys(referenced.keySet());
            } else {
                assertThat(rendered).doesNotContainKey("Secret/" + SECRET);
                referenced.keySet().forEach(key -> assertThat(operations).as("docs/operations.md: how to create " + key)
                        .contains("--from-literal=" + key + "="));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void shouldScaleIngestOnCpu(String kustomization) {
        Map<String, ObjectNode> rendered = render(kustomization);
        HorizontalPodAutoscaler hpa = KubernetesTypes.read(rendered.get("HorizontalPodAutoscaler/ingest-service"), HorizontalPodAutoscaler.class);
        assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
        assertThat(rendered).containsKey("Deployment/" + hpa.getSpec().getScaleTargetRef().getName());
        assertThat(hpa.getSpec().getMetrics()).singleElement().satisfies(m -> assertThat(m.getResource().getName()).isEqualTo("cpu"));
        assertThat(hpa.getSpec().getMinReplicas()).isBetween(1, hpa.getSpec().getMaxReplicas());
        assertThat(deployment(rendered, "ingest-service").getSpec().getReplicas()).as("replicas belong to the HPA").isNull();
    }

    /**
     * Each ScaledObject watches the group and topic the service really consumes (read from its code and
     * configuration), counts from the start of a partition as the consumer does, and never adds pods that would
     * find no partition.
     */
    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void shouldScaleConsumersOnTheLagOfTheirOwnGroupAndTopic(String kustomization) {
        Map<String, ObjectNode> rendered = render(kustomization);
        Map<String, String[]> consumed = Map.of(
                "enrich-service", new String[]{enrichGroup(), enrichTopic(), configMap(rendered, "enrich-service").getData().get("NEWSROOM_ENRICH_CONSUMERS")},
                "store-service", new String[]{storeProperty("group.id"), storeProperty("topic"), storeProperty("concurrency")});
        for (String service : consumed.keySet()) {
            JsonNode scaled = rendered.get("ScaledObject/" + service);
            assertThat(ScaledObjects.problems(scaled)).as(service).isEmpty();
            assertThat(scaled.at("/spec/scaleTargetRef/name").asText()).isEqualTo(service);
            assertThat(deployment(rendered, service).getSpec().getReplicas()).as("replicas belong to KEDA").isNull();
            JsonNode trigger = scaled.at("/spec/triggers/0");
            assertThat(scaled.at("/spec/triggers").size()).isEqualTo(1);
            assertThat(trigger.path("type").asText()).isEqualTo("kafka");
            JsonNode metadata = trigger.path("metadata");
            assertThat(metadata.path("consumerGroup").asText()).isEqualTo(consumed.get(service)[0]);
            assertThat(metadata.path("topic").asText()).isEqualTo(consumed.get(service)[1]);
            assertThat(metadata.path("offsetResetPolicy").asText()).isEqualTo("earliest");
            assertThat(configMap(rendered, service).getData()).containsKey(metadata.path("bootstrapServersFromEnv").asText());

            int partitions = Integer.parseInt(configMap(rendered, service).getData().get("NEWSROOM_TOPICS_PARTITIONS"));
            int consumersPerPod = Integer.parseInt(consumed.get(service)[2]);
            assertThat(scaled.at("/spec/maxReplicaCount").asInt()).as(service + " pods that get a partition")
                    .isLessThanOrEqualTo(partitions / consumersPerPod);
        }
    }

    private static String enrichGroup() {
        Matcher group = Pattern.compile("String GROUP = \"([^\"]+)\"").matcher(ServiceSources.mainSource("enrich-service", "processor/TransactionalClients.java"));
        assertThat(group.find()).as("enrich-service's consumer group constant").isTrue();
        return group.group(1);
    }

    private static String enrichTopic() {
        Matcher topic = Pattern.compile("subscribe\\(List\\.of\\(Topics\\.(\\w+)\\)").matcher(ServiceSources.mainSource("enrich-service", "processor/EnrichmentLoop.java"));
        assertThat(topic.find()).as("enrich-service's subscription").isTrue();
        try {
            return (String) Topics.class.getField(topic.group(1)).get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String storeProperty(String key) {
        return ServiceSources.properties("store-service").getProperty("mp.messaging.incoming.enriched-articles-in." + key);
    }

    static Map<String, ObjectNode> render(String kustomization) {
        Map<String, ObjectNode> byId = new HashMap<>();
        for (ObjectNode manifest : Kustomization.render(K8S.resolve(kustomization))) {
            assertThat(byId.put(Kustomization.id(manifest), manifest)).as("twice: " + Kustomization.id(manifest)).isNull();
        }
        return byId;
    }

    private static Deployment deployment(Map<String, ObjectNode> rendered, String service) {
        return KubernetesTypes.read(rendered.get("Deployment/" + service), Deployment.class);
    }

    private static Container container(Map<String, ObjectNode> rendered, String service) {
        List<Container> containers = deployment(rendered, service).getSpec().getTemplate().getSpec().getContainers();
        assertThat(containers).as(service).hasSize(1);
        assertThat(containers.get(0).getName()).isEqualTo(service);
        return containers.get(0);
    }

    private static ConfigMap configMap(Map<String, ObjectNode> rendered, String service) {
        return KubernetesTypes.read(rendered.get("ConfigMap/" + service + "-config"), ConfigMap.class);
    }

    private static EnvVar env(Container container, String name) {
        return container.getEnv().stream().filter(e -> e.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(container.getName() + " has no " + name));
    }

    private static long bytes(Quantity quantity) {
        return Quantity.getAmountInBytes(quantity).longValue();
    }
}
