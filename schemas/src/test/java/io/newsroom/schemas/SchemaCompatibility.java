package io.newsroom.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The build's compatibility check of the contract: compares a schema file with its committed baseline and lists
 * every change that would break a v1 reader or an existing producer. The one change allowed is an added optional
 * property (readers drop what they do not know: {@link EventSchemas#withoutUndeclaredFields}). Everything else that
 * constrains existing data is compared as it stands, in both directions, because v1 readers validate too: a removed
 * or renamed property, a new required field, a property no longer required, a narrowed or widened type, a changed
 * enum (a new value fails v1 readers' Java enums), a changed pattern, format, bound or $ref, a changed number of
 * anyOf/oneOf/allOf branches. Annotations (description, title, examples…) may change freely. A breaking change is
 * made on purpose by updating the baseline in the same commit (docs/event-contract.md).
 */
final class SchemaCompatibility {

    /** One breaking change: where in the schema (JSON Pointer) and what. */
    record Break(String file, String path, String change) {
        @Override
        public String toString() {
            return file + " " + (path.isEmpty() ? "/" : path) + ": " + change;
        }
    }

    /** Keywords that only document: changing them changes no event's validity. */
    private static final Set<String> ANNOTATIONS = Set.of("description", "title", "$comment", "examples", "default",
            "deprecated", "readOnly", "writeOnly");
    /** Keywords compared structurally below rather than as values. */
    private static final Set<String> STRUCTURE = Set.of("properties", "required", "$defs", "items", "anyOf", "oneOf",
            "allOf", "prefixItems");

    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemaCompatibility() {
    }

    /**
     * Every {@code *.v1.schema.json} of {@code schemas} against the file of the same name in {@code baselines}; a
     * schema without a baseline, or a baseline whose schema is gone, is a break too.
     */
    static List<Break> compareDirectories(Path schemas, Path baselines) {
        Set<String> current = schemaFiles(schemas);
        Set<String> baseline = schemaFiles(baselines);
        List<Break> breaks = new ArrayList<>();
        for (String file : baseline) {
            if (!current.contains(file)) {
                breaks.add(new Break(file, "", "schema file removed"));
            }
        }
        for (String file : current) {
            if (!baseline.contains(file)) {
                breaks.add(new Break(file, "", "no baseline: copy the file to " + baselines + " to guard it"));
            } else {
                breaks.addAll(compare(file, read(baselines.resolve(file)), read(schemas.resolve(file))));
            }
        }
        return breaks;
    }

    /** The breaking changes from {@code baseline} to {@code candidate}, both one schema file's document. */
    static List<Break> compare(String file, JsonNode baseline, JsonNode candidate) {
        List<Break> breaks = new ArrayList<>();
        compare(file, "", baseline, candidate, breaks);
        return breaks;
    }

    private static void compare(String file, String path, JsonNode was, JsonNode now, List<Break> breaks) {
        if (now == null || now.isMissingNode()) {
            breaks.add(new Break(file, path, "removed"));
            return;
        }
        if (!was.isObject() || !now.isObject()) {
            if (!was.equals(now)) {
                breaks.add(new Break(file, path, "changed from " + was + " to " + now));
            }
            return;
        }
        compareProperties(file, path, was, now, breaks);
        compareRequired(file, path, was, now, breaks);
        JsonNode wasDefs = was.path("$defs");
        for (Iterator<String> names = wasDefs.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            compare(file, path + "/$defs/" + name, wasDefs.get(name), now.path("$defs").get(name), breaks);
        }
        if (was.has("items")) {
            compare(file, path + "/items", was.get("items"), now.get("items"), breaks);
        } else if (now.has("items")) {
            breaks.add(new Break(file, path + "/items", "constraint added"));
        }
        for (String branches : List.of("anyOf", "oneOf", "allOf", "prefixItems")) {
            compareBranches(file, path + "/" + branches, was.path(branches), now.path(branches), breaks);
        }
        Set<String> keywords = new TreeSet<>();
        was.fieldNames().forEachRemaining(keywords::add);
        now.fieldNames().forEachRemaining(keywords::add);
        keywords.removeAll(ANNOTATIONS);
        keywords.removeAll(STRUCTURE);
        for (String keyword : keywords) {
            JsonNode before = was.get(keyword);
            JsonNode after = now.get(keyword);
            if (before == null) {
                breaks.add(new Break(file, path, "'" + keyword + "' added: " + after));
            } else if (after == null) {
                breaks.add(new Break(file, path, "'" + keyword + "' removed (was " + before + ")"));
            } else if (!before.equals(after)) {
                breaks.add(new Break(file, path, describe(keyword, before, after)));
            }
        }
    }

    private static void compareProperties(String file, String path, JsonNode was, JsonNode now, List<Break> breaks) {
        JsonNode before = was.path("properties");
        JsonNode after = now.path("properties");
        for (Iterator<String> names = before.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!after.has(name)) {
                breaks.add(new Break(file, path + "/properties/" + name, "property '" + name + "' removed or renamed"));
            } else {
                compare(file, path + "/properties/" + name, before.get(name), after.get(name), breaks);
            }
        }
        // Added properties are the allowed change, as long as they are optional (compareRequired).
    }

    private static void compareRequired(String file, String path, JsonNode was, JsonNode now, List<Break> breaks) {
        Set<String> before = strings(was.path("required"));
        Set<String> after = strings(now.path("required"));
        for (String name : after) {
            if (!before.contains(name)) {
                String what = was.path("properties").has(name) ? "existing property" : "new property";
                breaks.add(new Break(file, path + "/required", what + " '" + name + "' is now required"));
            }
        }
        for (String name : before) {
            if (!after.contains(name)) {
                breaks.add(new Break(file, path + "/required", "'" + name + "' is no longer required (v1 readers expect it)"));
            }
        }
    }

    private static void compareBranches(String file, String path, JsonNode was, JsonNode now, List<Break> breaks) {
        if (was.size() != now.size()) {
            breaks.add(new Break(file, path, was.size() + " branches became " + now.size()));
            return;
        }
        for (int i = 0; i < was.size(); i++) {
            compare(file, path + "/" + i, was.get(i), now.get(i), breaks);
        }
    }

    private static String describe(String keyword, JsonNode before, JsonNode after) {
        if ("type".equals(keyword)) {
            Set<String> was = strings(before);
            Set<String> now = strings(after);
            String how = was.containsAll(now) ? "narrowed" : now.containsAll(was) ? "widened" : "changed";
            return "type " + how + " from " + before + " to " + after;
        }
        if ("enum".equals(keyword)) {
            Set<String> removed = new TreeSet<>(strings(before));
            removed.removeAll(strings(after));
            Set<String> added = new TreeSet<>(strings(after));
            added.removeAll(strings(before));
            return "enum changed:" + (removed.isEmpty() ? "" : " removed " + removed)
                    + (added.isEmpty() ? "" : " added " + added);
        }
        return "'" + keyword + "' changed from " + before + " to " + after;
    }

    private static Set<String> strings(JsonNode node) {
        Set<String> values = new LinkedHashSet<>();
        if (node.isArray()) {
            node.forEach(v -> values.add(v.asText()));
        } else if (!node.isMissingNode()) {
            values.add(node.asText());
        }
        return values;
    }

    private static Set<String> schemaFiles(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".v1.schema.json"))
                    .collect(TreeSet::new, Set::add, Set::addAll);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
