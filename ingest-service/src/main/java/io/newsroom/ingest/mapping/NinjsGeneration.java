package io.newsroom.ingest.mapping;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which ninjs a document is, and how that generation spells the fields the mapping reads. 1.x has flat
 * {@code headline}/{@code body_*}/{@code description_*} fields and {@code $standard}; 2.x has {@code headlines},
 * {@code bodies}, {@code descriptions} and {@code standard}; 3.x renamed to camelCase ({@code versionCreated},
 * {@code firstCreated}, {@code pubStatus}, {@code embargoedUntil}, {@code contentType}). A declaration
 * ({@code $schema}, {@code standard}/{@code $standard} version or schema URL) wins over the shape, because a 3.x
 * document with none of the renamed fields looks like 2.x. Readers still accept the other spelling: senders mix them.
 */
public enum NinjsGeneration {
    V1("1.x"), V2("2.x"), V3("3.x");

    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)");
    private static final Map<String, String> CAMEL = Map.of("versioncreated", "versionCreated",
            "firstcreated", "firstCreated", "pubstatus", "pubStatus", "embargoed", "embargoedUntil",
            "contenttype", "contentType");

    private final String label;

    NinjsGeneration(String label) {
        this.label = label;
    }

    public static NinjsGeneration detect(JsonNode doc) {
        String declared = declared(doc);
        if (declared != null) {
            Matcher m = VERSION.matcher(declared);
            if (m.find()) {
                return switch (m.group(1)) {
                    case "1" -> V1;
                    case "2" -> V2;
                    default -> V3;
                };
            }
        }
        for (String camel : CAMEL.values()) {
            if (doc.has(camel)) {
                return V3;
            }
        }
        return doc.has("headlines") || doc.has("bodies") || doc.has("descriptions") || doc.has("standard") ? V2 : V1;
    }

    /** The version the document declares ("3.0"), else its generation ("3.x"); kept with the original. */
    public static String schemaVersion(JsonNode doc) {
        String declared = declared(doc);
        if (declared != null) {
            Matcher m = VERSION.matcher(declared);
            return m.find() ? m.group() : declared.length() > 200 ? declared.substring(0, 200) : declared;
        }
        return detect(doc).label;
    }

    private static String declared(JsonNode doc) {
        for (JsonNode standard : new JsonNode[]{doc.path("standard"), doc.path("$standard")}) {
            if (standard.path("version").isTextual()) {
                return standard.get("version").asText();
            }
            if (standard.path("schema").isTextual()) {
                return standard.get("schema").asText();
            }
        }
        return doc.path("$schema").isTextual() ? doc.get("$schema").asText() : null;
    }

    /** The field under this generation's name (lower-case 1.x/2.x name given), else under the other spelling. */
    public JsonNode field(JsonNode node, String lowerName) {
        String camel = CAMEL.getOrDefault(lowerName, lowerName);
        String first = this == V3 ? camel : lowerName;
        String second = this == V3 ? lowerName : camel;
        JsonNode value = node.get(first);
        return value == null || value.isNull() ? node.get(second) : value;
    }
}
