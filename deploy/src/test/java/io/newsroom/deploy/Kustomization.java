package io.newsroom.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a kustomization the way `kubectl kustomize` does, for the part of kustomize the manifests use: resources
 * (files and kustomization folders), namespace, patches (strategic merge for Kubernetes' own kinds, lists of named
 * items merged by name; JSON merge for custom resources such as KEDA's) and images. Anything else in a
 * kustomization.yaml is refused, so a new feature cannot pass unchecked; a patch that matches no resource and a
 * listed file that does not exist are errors, as in kustomize. KustomizeRenderingTest compares the result with
 * kubectl's where kubectl is installed.
 */
final class Kustomization {

    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "resources", "namespace", "patches", "images");

    private Kustomization() {
    }

    static List<ObjectNode> render(Path folder) {
        Path file = folder.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(folder + " has no kustomization.yaml");
        }
        JsonNode kustomization = Yaml.read(file);
        kustomization.fieldNames().forEachRemaining(key -> {
            if (!SUPPORTED.contains(key)) {
                throw new IllegalArgumentException(file + ": '" + key + "' is not rendered by this check; extend Kustomization");
            }
        });
        List<ObjectNode> resources = new ArrayList<>();
        for (JsonNode entry : kustomization.path("resources")) {
            Path resource = folder.resolve(entry.asText()).normalize();
            if (Files.isDirectory(resource)) {
                resources.addAll(render(resource));
            } else if (Files.isRegularFile(resource)) {
                resources.addAll(Yaml.documents(resource));
            } else {
                throw new IllegalArgumentException(file + " lists " + entry.asText() + ", which does not exist");
            }
        }
        for (JsonNode patch : kustomization.path("patches")) {
            if (!patch.has("path") || patch.has("target") || patch.has("patch")) {
                throw new IllegalArgumentException(file + ": only patches given by 'path' alone are rendered: " + patch);
            }
            Path patchFile = folder.resolve(patch.get("path").asText());
            for (ObjectNode document : Yaml.documents(patchFile)) {
                ObjectNode target = find(resources, document)
                        .orElseThrow(() -> new IllegalArgumentException(patchFile + " patches " + id(document) + ", which is not a resource"));
                merge(target, document, isBuiltIn(target));
            }
        }
        for (JsonNode image : kustomization.path("images")) {
            resources.forEach(resource -> setImage(resource, image));
        }
        if (kustomization.has("namespace")) {
            resources.forEach(resource -> ((ObjectNode) resource.get("metadata")).put("namespace", kustomization.get("namespace").asText()));
        }
        return resources;
    }

    static String id(JsonNode resource) {
        return resource.path("kind").asText() + "/" + resource.path("metadata").path("name").asText();
    }

    private static java.util.Optional<ObjectNode> find(List<ObjectNode> resources, JsonNode patch) {
        String group = group(patch.path("apiVersion").asText());
        return resources.stream()
                .filter(r -> id(r).equals(id(patch)) && group(r.path("apiVersion").asText()).equals(group))
                .findFirst();
    }

    private static String group(String apiVersion) {
        return apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
    }

    /** Kubernetes' own API groups have no dot in their name; custom resources' groups (keda.sh) do. */
    private static boolean isBuiltIn(JsonNode resource) {
        return !group(resource.path("apiVersion").asText()).contains(".");
    }

    private static void merge(ObjectNode target, JsonNode patch, boolean strategic) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode current = target.get(field.getKey());
            JsonNode value = field.getValue();
            if (value.isNull()) {
                target.remove(field.getKey());
            } else if (current != null && current.isObject() && value.isObject()) {
                merge((ObjectNode) current, value, strategic);
            } else if (strategic && current != null && namedItems(current) && namedItems(value)) {
                mergeByName((ArrayNode) current, (ArrayNode) value);
            } else {
                target.set(field.getKey(), value.deepCopy());
            }
        }
    }

    private static boolean namedItems(JsonNode node) {
        if (!node.isArray()) {
            return false;
        }
        for (JsonNode item : node) {
            if (!item.isObject() || !item.has("name")) {
                return false;
            }
        }
        return true;
    }

    private static void mergeByName(ArrayNode current, ArrayNode patch) {
        for (JsonNode item : patch) {
            ObjectNode match = null;
            for (JsonNode existing : current) {
                if (existing.get("name").equals(item.get("name"))) {
                    match = (ObjectNode) existing;
                }
            }
            if (match == null) {
                current.add(item.deepCopy());
            } else {
                merge(match, item, true);
            }
        }
    }

    private static void setImage(JsonNode resource, JsonNode image) {
        for (JsonNode container : resource.path("spec").path("template").path("spec").path("containers")) {
            String reference = container.path("image").asText();
            int colon = reference.lastIndexOf(':');
            String name = colon > reference.lastIndexOf('/') ? reference.substring(0, colon) : reference;
            String tag = colon > reference.lastIndexOf('/') ? reference.substring(colon + 1) : null;
            if (name.equals(image.path("name").asText())) {
                String newName = image.path("newName").asText(name);
                String newTag = image.has("newTag") ? image.get("newTag").asText() : tag;
                ((ObjectNode) container).put("image", newTag == null ? newName : newName + ":" + newTag);
            }
        }
    }
}
