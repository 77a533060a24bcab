package io.newsroom.store.query;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The first two levels of IPTC Media Topics (derived from the IPTC file by {@code ./newsroom export-taxonomy}):
 * a top-level code stands for itself and its children in filters and in the category tree.
 */
@ApplicationScoped
public class Taxonomy {

    public record Topic(String code, String parent, String label) {
        public boolean isTopLevel() {
            return parent == null;
        }
    }

    private final Map<String, Topic> topics = new LinkedHashMap<>();
    private final Map<String, List<String>> children = new LinkedHashMap<>();

    public Taxonomy() {
        try (InputStream in = Taxonomy.class.getResourceAsStream("/iptc/mediatopics.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cols = line.split("\t", 3);
                Topic topic = new Topic(cols[0], cols[1].isEmpty() ? null : cols[1], cols[2]);
                topics.put(topic.code(), topic);
                if (topic.parent() != null) {
                    children.computeIfAbsent(topic.parent(), k -> new ArrayList<>()).add(topic.code());
                }
            }
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException("iptc/mediatopics.tsv is missing from the service", new IOException(e));
        }
    }

    /** The code and, for a top-level code, its children. */
    public List<String> withChildren(String code) {
        List<String> codes = new ArrayList<>();
        codes.add(code);
        codes.addAll(children.getOrDefault(code, List.of()));
        return codes;
    }

    public List<Topic> topLevel() {
        return topics.values().stream().filter(Topic::isTopLevel).toList();
    }

    public List<String> childrenOf(String code) {
        return Collections.unmodifiableList(children.getOrDefault(code, List.of()));
    }

    public Topic get(String code) {
        return topics.get(code);
    }
}
