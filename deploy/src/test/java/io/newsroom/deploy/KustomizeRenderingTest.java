package io.newsroom.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static io.newsroom.deploy.ServiceSources.ROOT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the test's own kustomize rendering (Kustomization) honest: where kubectl is installed, its
 * `kubectl kustomize` output must be the same resources, field for field. Skipped on a machine without kubectl;
 * KubernetesManifestsTest then still checks the rendering of its own.
 */
class KustomizeRenderingTest {

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void shouldRenderAsKubectlDoes(String kustomization) throws IOException, InterruptedException {
        Assumptions.assumeTrue(kubectl(), "kubectl is not installed");
        Path folder = ROOT.resolve("deploy/k8s").resolve(kustomization);
        Process process = new ProcessBuilder("kubectl", "kustomize", folder.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();

        Map<String, ObjectNode> byKubectl = new TreeMap<>();
        Yaml.documents("kubectl kustomize " + kustomization, output).forEach(m -> byKubectl.put(Kustomization.id(m), m));
        Map<String, ObjectNode> ours = new TreeMap<>(KubernetesManifestsTest.render(kustomization));
        assertThat(ours).as("manifests rendered from " + kustomization).isNotEmpty();
        assertThat(ours.keySet()).isEqualTo(byKubectl.keySet());
        ours.forEach((id, manifest) -> assertThat(manifest).as(id).isEqualTo(byKubectl.get(id)));
    }

    private static boolean kubectl() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "kubectl"))) {
                return true;
            }
        }
        return false;
    }
}
