package io.newsroom.nlp.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The current (non-retired) IPTC Media Topics concepts with their top- and second-level ancestors. */
public final class IptcTaxonomy {

    /** A concept: QCode, name, definition, level-1 and level-2 ancestors (level2 null for top-level concepts). */
    public record Concept(String code, String name, String definition, String level1, String level2) {
        public boolean isTopLevel() {
            return level2 == null;
        }

        public boolean isSecondLevel() {
            return code.equals(level2);
        }
    }

    private IptcTaxonomy() {
    }

    public static List<Concept> read(Path json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        List<Concept> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode c = e.getValue();
            if (!c.path("RetiredDate").isNull() && !c.path("RetiredDate").isMissingNode()) {
                continue;
            }
            out.add(new Concept(e.getKey(), c.path("Name (en-GB)").asText(""), c.path("Definition (en-GB)").asText(""),
                    text(c, "Level1/NewsCode"), text(c, "Level2/NewsCode")));
        }
        return out;
    }

    private static String text(JsonNode c, String field) {
        JsonNode v = c.path(field);
        return v.isNull() || v.isMissingNode() ? null : v.asText();
    }
}
