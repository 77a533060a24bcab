package io.newsroom.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Validates JSON against the schema files in this jar, which are the source of truth of the contract.
 * Thread-safe: the compiled schemas are immutable once loaded.
 */
public final class EventSchemas {

    /** Where the schema files live; their {@code $id}s resolve here so no schema is ever fetched over the network. */
    public static final String ID_PREFIX = "https://schemas.newsroom.io/";
    private static final String CLASSPATH_PREFIX = "classpath:schemas/";

    public enum Kind {
        SUBMISSION("article-submission.v1.schema.json"),
        RAW("raw-article.v1.schema.json"),
        ENRICHED("enriched-article.v1.schema.json");

        public final String file;

        Kind(String file) {
            this.file = file;
        }

        public String id() {
            return ID_PREFIX + file;
        }
    }

    /** One failing field: a JSON Pointer-like path ("/headline", "" for the document) and what is wrong. */
    public record Violation(String field, String message) {
    }

    /** Violation types reported on the parent object that name the offending property separately. */
    private static final Set<String> NAMES_PROPERTY = Set.of("required", "unevaluatedProperties", "additionalProperties");

    private static final EventSchemas INSTANCE = new EventSchemas();
    private static final int MAX_PRUNING_PASSES = 8;

    private final Map<Kind, JsonSchema> schemas = new EnumMap<>(Kind.class);
    private final Map<Kind, Set<String>> declaredFields = new EnumMap<>(Kind.class);

    private EventSchemas() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(ID_PREFIX, CLASSPATH_PREFIX)));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_POINTER)
                .locale(Locale.ENGLISH)
                .build();
        for (Kind kind : Kind.values()) {
            JsonSchema schema = factory.getSchema(SchemaLocation.of(kind.id()), config);
            schema.initializeValidators();
            schemas.put(kind, schema);
            declaredFields.put(kind, declaredTopLevelFields(kind));
        }
    }

    public static EventSchemas get() {
        return INSTANCE;
    }

    /** Every violation of the schema, ordered by field; empty when the document is valid. */
    public List<Violation> validate(Kind kind, JsonNode document) {
        Set<String> declared = declaredFields.get(kind);
        return schemas.get(kind).validate(document).stream()
                // When a $ref'd part fails, JSON Schema treats all its properties as unevaluated; only report
                // properties the contract does not declare at all, the real cause is reported separately.
                .filter(m -> !("unevaluatedProperties".equals(m.getType()) && declared.contains(m.getProperty())))
                .map(EventSchemas::toViolation)
                .distinct()
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                .toList();
    }

    /**
     * The document without the properties the v1 files do not declare, at any depth: what a reader of this contract
     * version keeps of an event that a producer of a later minor version wrote with added optional fields
     * (docs/event-contract.md, "Compatibility rules"). Validating this copy makes readers tolerant of additions while
     * every field they know is still checked; {@link #validate} on the document itself stays strict for producers.
     * A declared property that is only reported as unevaluated because its own $ref'd part failed is kept.
     */
    public JsonNode withoutUndeclaredFields(Kind kind, JsonNode document) {
        Set<String> declared = declaredFields.get(kind);
        JsonNode copy = document.deepCopy();
        // One pass normally finds them all; a property inside an anyOf branch can hide another until it is gone.
        for (int pass = 0; pass < MAX_PRUNING_PASSES; pass++) {
            boolean removed = false;
            for (ValidationMessage message : schemas.get(kind).validate(copy)) {
                boolean undeclared = "additionalProperties".equals(message.getType())
                        || ("unevaluatedProperties".equals(message.getType()) && !declared.contains(message.getProperty()));
                if (undeclared && message.getProperty() != null
                        && copy.at(message.getInstanceLocation().toString()) instanceof ObjectNode parent) {
                    removed |= parent.remove(message.getProperty()) != null;
                }
            }
            if (!removed) {
                break;
            }
        }
        return copy;
    }

    private static Violation toViolation(ValidationMessage message) {
        String field = message.getInstanceLocation().toString();
        // A missing required property is reported on its parent object: name the property itself.
        if (NAMES_PROPERTY.contains(message.getType()) && message.getProperty() != null) {
            field = field + "/" + message.getProperty();
        }
        return new Violation(field, stripLocation(message.getMessage()));
    }

    /** Property names the kind's schema declares at top level, following its $ref to the shared definitions. */
    private static Set<String> declaredTopLevelFields(Kind kind) {
        Set<String> names = new HashSet<>();
        JsonNode schema = readSchemaFile(kind.file);
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        String ref = schema.path("$ref").asText("");
        int hash = ref.indexOf("#/");
        if (hash > 0) {
            readSchemaFile(ref.substring(0, hash)).at(ref.substring(hash + 1)).path("properties")
                    .fieldNames().forEachRemaining(names::add);
        }
        return Set.copyOf(names);
    }

    private static JsonNode readSchemaFile(String file) {
        try (InputStream in = EventSchemas.class.getResourceAsStream("/schemas/" + file)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Schema file missing from the contract jar: " + file, e);
        }
    }

    /** The library prefixes messages with the instance location; the field is reported separately. */
    private static String stripLocation(String text) {
        int colon = text.indexOf(": ");
        return colon >= 0 && (text.startsWith("/") || colon == 0) ? text.substring(colon + 2) : text;
    }
}
