package io.newsroom.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a manifest into its Kubernetes API type (fabric8's model of the API). The model keeps fields it does not
 * know in "additionalProperties" instead of failing, so every object of the result is searched for them: a
 * misspelt or misplaced field is an error here, as `kubectl apply --validate=strict` would make it.
 */
final class KubernetesTypes {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final Map<String, Class<?>> TYPES = Map.of(
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class);

    private KubernetesTypes() {
    }

    static boolean isKubernetesKind(JsonNode manifest) {
        return TYPES.containsKey(key(manifest));
    }

    static <T> T read(JsonNode manifest, Class<T> type) {
        Class<?> expected = TYPES.get(key(manifest));
        if (expected != type) {
            throw new IllegalArgumentException(Kustomization.id(manifest) + " is " + key(manifest) + ", not " + type.getSimpleName());
        }
        return type.cast(read(manifest));
    }

    /** The typed object, or an exception naming the manifest and the first unknown or mistyped field. */
    static Object read(JsonNode manifest) {
        Class<?> type = TYPES.get(key(manifest));
        if (type == null) {
            throw new IllegalArgumentException("no Kubernetes type for " + key(manifest) + " (" + Kustomization.id(manifest) + ")");
        }
        Object typed;
        try {
            typed = MAPPER.treeToValue(manifest, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(Kustomization.id(manifest) + ": " + e.getOriginalMessage(), e);
        }
        List<String> unknown = new ArrayList<>();
        collectUnknown(typed, type.getSimpleName(), unknown, Collections.newSetFromMap(new IdentityHashMap<>()));
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(Kustomization.id(manifest) + ": unknown fields " + unknown);
        }
        return typed;
    }

    /** Paths of fields an already read model object kept as unknown. */
    static List<String> unknownFields(Object typed, String path) {
        List<String> unknown = new ArrayList<>();
        collectUnknown(typed, path, unknown, Collections.newSetFromMap(new IdentityHashMap<>()));
        return unknown;
    }

    private static String key(JsonNode manifest) {
        return manifest.path("apiVersion").asText() + "/" + manifest.path("kind").asText();
    }

    private static void collectUnknown(Object value, String path, List<String> unknown, Set<Object> seen) {
        if (value == null || !seen.add(value)) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                collectUnknown(item, path + "[" + i++ + "]", unknown, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> collectUnknown(v, path + "." + k, unknown, seen));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object property = invoke(getter, value);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (property instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    extra.keySet().forEach(k -> unknown.add(path + "." + k));
                }
            } else {
                collectUnknown(property, path + "." + propertyName(getter), unknown, seen);
            }
        }
    }

    private static String propertyName(Method getter) {
        String name = getter.getName().substring(3);
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(getter + " failed", e);
        }
    }
}
