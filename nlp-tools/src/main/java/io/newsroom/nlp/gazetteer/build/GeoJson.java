package io.newsroom.nlp.gazetteer.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The Natural Earth GeoJSON files the trimmers read: only the features' properties matter, never the geometry. */
final class GeoJson {

    private GeoJson() {
    }

    /** Every feature's properties, file after file, in the files' order. */
    static List<JsonNode> properties(List<Path> files) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        for (Path file : files) {
            for (JsonNode feature : json.readTree(file.toFile()).path("features")) {
                out.add(feature.path("properties"));
            }
        }
        return out;
    }
}
