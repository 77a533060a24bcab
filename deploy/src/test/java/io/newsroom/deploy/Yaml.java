package io.newsroom.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads YAML files, one or several documents each, as Jackson trees. */
final class Yaml {

    static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());

    private Yaml() {
    }

    static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    /** Every non-empty document of a file; a document that is not a mapping is an error. */
    static List<ObjectNode> documents(Path file) {
        return documents(file.toString(), () -> MAPPER.readerFor(JsonNode.class).readValues(file.toFile()));
    }

    static List<ObjectNode> documents(String name, String text) {
        return documents(name, () -> MAPPER.readerFor(JsonNode.class).readValues(text));
    }

    private interface Source {
        MappingIterator<JsonNode> open() throws IOException;
    }

    private static List<ObjectNode> documents(String name, Source source) {
        List<ObjectNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> iterator = source.open()) {
            while (iterator.hasNext()) {
                JsonNode document = iterator.next();
                if (document == null || document.isNull() || document.isMissingNode()) {
                    continue;
                }
                if (!document.isObject()) {
                    throw new IllegalArgumentException(name + ": a document is not a mapping: " + document);
                }
                documents.add((ObjectNode) document);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
        return documents;
    }
}
