package io.newsroom.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBehavior;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * KEDA's ScaledObject (keda.sh/v1alpha1) has no fabric8 model: its fields are checked here against KEDA's CRD and
 * its Kafka scaler's documented parameters; the HPA behaviour it passes on is read into the Kubernetes type.
 */
final class ScaledObjects {

    static final String API_VERSION = "keda.sh/v1alpha1";

    private static final Set<String> TOP = Set.of("apiVersion", "kind", "metadata", "spec");
    private static final Set<String> SPEC = Set.of("scaleTargetRef", "pollingInterval", "cooldownPeriod", "initialCooldownPeriod",
            "idleReplicaCount", "minReplicaCount", "maxReplicaCount", "advanced", "triggers", "fallback");
    private static final Set<String> TARGET = Set.of("apiVersion", "kind", "name", "envSourceContainerName");
    private static final Set<String> ADVANCED = Set.of("horizontalPodAutoscalerConfig", "restoreToOriginalReplicaCount", "scalingModifiers");
    private static final Set<String> HPA_CONFIG = Set.of("name", "behavior");
    private static final Set<String> TRIGGER = Set.of("type", "name", "metadata", "authenticationRef", "metricType", "useCachedMetrics");
    private static final Set<String> KAFKA = Set.of("bootstrapServers", "bootstrapServersFromEnv", "consumerGroup", "consumerGroupFromEnv",
            "topic", "topicFromEnv", "lagThreshold", "activationLagThreshold", "offsetResetPolicy", "allowIdleConsumers",
            "scaleToZeroOnInvalidOffset", "excludePersistentLag", "limitToPartitionsWithLag", "partitionLimitation",
            "ensureEvenDistributionOfPartitions", "version", "sasl", "tls");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ScaledObjects() {
    }

    static boolean isScaledObject(JsonNode manifest) {
        return API_VERSION.equals(manifest.path("apiVersion").asText()) && "ScaledObject".equals(manifest.path("kind").asText());
    }

    /** Problems of a whole ScaledObject (empty when valid); a patch is checked with {@link #unknownFields} only. */
    static List<String> problems(JsonNode manifest) {
        List<String> problems = new ArrayList<>(unknownFields(manifest));
        JsonNode spec = manifest.path("spec");
        require(problems, !manifest.path("metadata").path("name").asText().isBlank(), "metadata.name");
        require(problems, !spec.path("scaleTargetRef").path("name").asText().isBlank(), "spec.scaleTargetRef.name");
        int min = spec.path("minReplicaCount").asInt(0);
        require(problems, spec.path("maxReplicaCount").isInt() && spec.get("maxReplicaCount").asInt() >= Math.max(min, 1),
                "spec.maxReplicaCount at least minReplicaCount and 1");
        require(problems, spec.path("triggers").isArray() && !spec.get("triggers").isEmpty(), "spec.triggers");
        for (JsonNode trigger : spec.path("triggers")) {
            require(problems, trigger.path("type").isTextual(), "trigger type");
            if ("kafka".equals(trigger.path("type").asText())) {
                JsonNode metadata = trigger.path("metadata");
                require(problems, metadata.has("bootstrapServers") != metadata.has("bootstrapServersFromEnv"),
                        "kafka: exactly one of bootstrapServers, bootstrapServersFromEnv");
                require(problems, metadata.path("consumerGroup").isTextual(), "kafka: consumerGroup");
                require(problems, metadata.path("topic").isTextual(), "kafka: topic (else KEDA counts every topic of the group)");
                require(problems, metadata.path("lagThreshold").isTextual() && metadata.get("lagThreshold").asText().matches("[1-9][0-9]*"),
                        "kafka: lagThreshold, a positive integer as a string");
                require(problems, Set.of("earliest", "latest").contains(metadata.path("offsetResetPolicy").asText("latest")),
                        "kafka: offsetResetPolicy earliest or latest");
                metadata.fields().forEachRemaining(f -> require(problems, f.getValue().isTextual(), "kafka: " + f.getKey() + " must be a string"));
            }
        }
        return problems;
    }

    static List<String> unknownFields(JsonNode manifest) {
        List<String> problems = new ArrayList<>();
        known(problems, manifest, TOP, "");
        JsonNode spec = manifest.path("spec");
        known(problems, spec, SPEC, "spec.");
        known(problems, spec.path("scaleTargetRef"), TARGET, "spec.scaleTargetRef.");
        known(problems, spec.path("advanced"), ADVANCED, "spec.advanced.");
        JsonNode hpa = spec.path("advanced").path("horizontalPodAutoscalerConfig");
        known(problems, hpa, HPA_CONFIG, "spec.advanced.horizontalPodAutoscalerConfig.");
        if (hpa.has("behavior")) {
            try {
                problems.addAll(KubernetesTypes.unknownFields(
                        MAPPER.treeToValue(hpa.get("behavior"), HorizontalPodAutoscalerBehavior.class), "behavior"));
            } catch (JsonProcessingException e) {
                problems.add("behavior: " + e.getOriginalMessage());
            }
        }
        for (JsonNode trigger : spec.path("triggers")) {
            known(problems, trigger, TRIGGER, "trigger.");
            if ("kafka".equals(trigger.path("type").asText())) {
                known(problems, trigger.path("metadata"), KAFKA, "kafka metadata.");
            }
        }
        return problems;
    }

    private static void known(List<String> problems, JsonNode node, Set<String> fields, String prefix) {
        node.fieldNames().forEachRemaining(name -> {
            if (!fields.contains(name)) {
                problems.add("unknown field " + prefix + name);
            }
        });
    }

    private static void require(List<String> problems, boolean condition, String what) {
        if (!condition) {
            problems.add("missing or invalid: " + what);
        }
    }
}
