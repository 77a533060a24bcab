package io.newsroom.e2e;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The structure docs/architecture.md draws, kept true: no package of a module depends, through any chain, on a
 * package that depends back on it, and no service uses another service's code. Read from the sources (imports and
 * fully qualified names), plain JUnit, no build output needed.
 */
class PackageCyclesTest {

    private static final List<String> MODULES = List.of("ingest-service", "enrich-service", "store-service",
            "service-support", "schemas", "nlp-engine", "nlp-tools", "ops-tools");
    private static final Map<String, String> SERVICE_ROOTS = Map.of(
            "ingest-service", "io.newsroom.ingest", "enrich-service", "io.newsroom.enrich", "store-service", "io.newsroom.store");
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("\\bio\\.newsroom(?:\\.[a-z]\\w*)+");

    @Test
    void shouldHaveNoPackageCycleInAnyModule() {
        Map<String, List<String>> cycles = new TreeMap<>();
        for (String module : MODULES) {
            Map<String, Set<String>> graph = packageGraph(module);
            assertThat(graph).as(module + "'s packages").isNotEmpty();
            List<String> found = cyclesOf(graph);
            if (!found.isEmpty()) {
                cycles.put(module, found);
            }
        }
        assertThat(cycles).as("packages that depend on each other, through any chain").isEmpty();
    }

    @Test
    void shouldKeepEveryServiceOutOfTheOthersCode() {
        Map<String, Set<String>> crossings = new TreeMap<>();
        for (String service : SERVICE_ROOTS.keySet()) {
            Set<String> used = new TreeSet<>();
            for (Path source : sources(service)) {
                Matcher m = REFERENCE.matcher(read(source));
                while (m.find()) {
                    for (Map.Entry<String, String> other : SERVICE_ROOTS.entrySet()) {
                        if (!other.getKey().equals(service) && m.group().startsWith(other.getValue() + ".")) {
                            used.add(source.getFileName() + " -> " + m.group());
                        }
                    }
                }
            }
            if (!used.isEmpty()) {
                crossings.put(service, used);
            }
        }
        assertThat(crossings).as("a service's code using another service's").isEmpty();
    }

    /** Package → the module's other packages its classes name. */
    private static Map<String, Set<String>> packageGraph(String module) {
        Map<String, String> packageOf = new HashMap<>();   // source text -> its package
        for (Path source : sources(module)) {
            String text = read(source);
            Matcher m = PACKAGE.matcher(text);
            if (m.find()) {
                packageOf.put(text, m.group(1));
            }
        }
        Set<String> packages = new TreeSet<>(packageOf.values());
        Map<String, Set<String>> graph = new TreeMap<>();
        packages.forEach(p -> graph.put(p, new TreeSet<>()));
        packageOf.forEach((text, from) -> {
            Matcher m = REFERENCE.matcher(text);
            while (m.find()) {
                String to = longestPackagePrefix(m.group(), packages);
                if (to != null && !to.equals(from)) {
                    graph.get(from).add(to);
                }
            }
        });
        return graph;
    }

    private static String longestPackagePrefix(String name, Set<String> packages) {
        for (String candidate = name; ; ) {
            if (packages.contains(candidate)) {
                return candidate;
            }
            int dot = candidate.lastIndexOf('.');
            if (dot < 0) {
                return null;
            }
            candidate = candidate.substring(0, dot);
        }
    }

    /** The strongly connected groups of more than one package (Tarjan), each as "a -> b -> …". */
    private static List<String> cyclesOf(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<String> cycles = new ArrayList<>();
        int[] counter = {0};
        for (String start : graph.keySet()) {
            if (!index.containsKey(start)) {
                connect(start, graph, index, low, stack, onStack, cycles, counter);
            }
        }
        return cycles;
    }

    private static void connect(String v, Map<String, Set<String>> graph, Map<String, Integer> index, Map<String, Integer> low,
                                Deque<String> stack, Set<String> onStack, List<String> cycles, int[] counter) {
        index.put(v, counter[0]);
        low.put(v, counter[0]++);
        stack.push(v);
        onStack.add(v);
        for (String w : graph.get(v)) {
            if (!index.containsKey(w)) {
                connect(w, graph, index, low, stack, onStack, cycles, counter);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            List<String> group = new ArrayList<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                group.add(w);
            } while (!w.equals(v));
            if (group.size() > 1) {
                cycles.add(String.join(" <-> ", group));
            }
        }
    }

    private static List<Path> sources(String module) {
        Path root = Path.of("..", module, "src/main/java");
        assertThat(root).as("sources of " + module).isDirectory();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path source) {
        try {
            return Files.readString(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
