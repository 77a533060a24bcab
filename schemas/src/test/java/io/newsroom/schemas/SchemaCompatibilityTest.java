package io.newsroom.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsroom.schemas.SchemaCompatibility.Break;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build fails on a breaking change to the contract: each {@code *.v1.schema.json} is compared with its committed
 * baseline ({@code src/test/resources/schema-baseline}). The checker is shown to catch each kind of breaking edit
 * on edited copies of the baseline (and through the same directory comparison the build runs), and to let an added
 * optional property and a reworded description through.
 */
class SchemaCompatibilityTest {

    private static final Path SCHEMAS = Path.of("src/main/resources/schemas");
    private static final Path BASELINE = Path.of("src/test/resources/schema-baseline");
    private static final String FIELDS = "article-fields.v1.schema.json";
    private static final String ENRICHED = "enriched-article.v1.schema.json";

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldFindNoBreakingChangeInAnySchemaFileAgainstItsBaseline() throws IOException {
        try (var files = Files.list(SCHEMAS)) {
            assertThat(files.filter(f -> f.toString().endsWith(".v1.schema.json"))).hasSize(4);
        }

        List<Break> breaks = SchemaCompatibility.compareDirectories(SCHEMAS, BASELINE);

        assertThat(breaks).as("breaking changes to the v1 contract; make a new .v2 schema and topic, or, when the "
                + "change is deliberate and agreed, update the baseline in the same commit").isEmpty();
    }

    @Test
    void shouldFailTheBuildCheckWhenACommittedSchemaFileLosesAProperty(@TempDir Path edited) throws IOException {
        try (var files = Files.list(SCHEMAS)) {
            for (Path file : files.toList()) {
                Files.copy(file, edited.resolve(file.getFileName()));
            }
        }
        ObjectNode fields = (ObjectNode) json.readTree(edited.resolve(FIELDS).toFile());
        rawFields(fields).remove("published");
        json.writeValue(edited.resolve(FIELDS).toFile(), fields);

        assertThat(SchemaCompatibility.compareDirectories(edited, BASELINE)).extracting(Break::toString)
                .containsExactly(FIELDS + " /$defs/rawFields/properties/published: property 'published' removed or renamed");
    }

    @Test
    void shouldFailTheBuildCheckWhenASchemaFileIsRemovedOrHasNoBaseline(@TempDir Path edited) throws IOException {
        Files.copy(SCHEMAS.resolve(FIELDS), edited.resolve(FIELDS));
        Files.copy(SCHEMAS.resolve(ENRICHED), edited.resolve("enriched-article-summary.v1.schema.json"));

        assertThat(SchemaCompatibility.compareDirectories(edited, BASELINE)).extracting(Break::change)
                .contains("schema file removed")
                .anyMatch(change -> change.startsWith("no baseline"));
    }

    @Test
    void shouldReportARemovedProperty() {
        assertThat(breaksAfter(FIELDS, s -> rawFields(s).remove("authors")))
                .containsExactly("/$defs/rawFields/properties/authors: property 'authors' removed or renamed");
    }

    @Test
    void shouldReportARenamedPropertyAsRemoved() {
        assertThat(breaksAfter(FIELDS, s -> rawFields(s).set("bylines", rawFields(s).remove("authors"))))
                .containsExactly("/$defs/rawFields/properties/authors: property 'authors' removed or renamed");
    }

    @Test
    void shouldReportANewRequiredFieldAndAnOptionalFieldMadeRequired() {
        assertThat(breaksAfter(FIELDS, s -> {
            rawFields(s).putObject("priority").put("type", "integer");
            ((ArrayNode) s.at("/$defs/rawFields/required")).add("priority").add("sourceId");
        })).containsExactly(
                "/$defs/rawFields/required: new property 'priority' is now required",
                "/$defs/rawFields/required: existing property 'sourceId' is now required");
    }

    @Test
    void shouldReportAFieldNoLongerRequired() {
        assertThat(breaksAfter(ENRICHED, s -> ((ArrayNode) s.get("required")).remove(0)))
                .containsExactly("/required: 'language' is no longer required (v1 readers expect it)");
    }

    @Test
    void shouldReportANarrowedOrWidenedType() {
        assertThat(breaksAfter(FIELDS, s -> ((ObjectNode) rawFields(s).get("sourceId")).put("type", "string")))
                .containsExactly("/$defs/rawFields/properties/sourceId: type narrowed from [\"string\",\"null\"] to \"string\"");
        assertThat(breaksAfter(ENRICHED, s -> ((ObjectNode) s.at("/properties/bodyText")).putArray("type").add("string").add("null")))
                .containsExactly("/properties/bodyText: type widened from \"string\" to [\"string\",\"null\"]");
    }

    @Test
    void shouldReportANarrowedOrWidenedEnum() {
        assertThat(breaksAfter(FIELDS, s -> ((ArrayNode) s.at("/$defs/pubStatus/enum")).remove(1)))
                .containsExactly("/$defs/pubStatus: enum changed: removed [withheld]");
        assertThat(breaksAfter(ENRICHED, s -> ((ArrayNode) s.at("/properties/entities/items/properties/type/enum")).add("EVENT")))
                .containsExactly("/properties/entities/items/properties/type: enum changed: added [EVENT]");
    }

    @Test
    void shouldReportAChangedBoundPatternOrBranch() {
        assertThat(breaksAfter(FIELDS, s -> ((ObjectNode) rawFields(s).get("headline")).put("maxLength", 500)))
                .containsExactly("/$defs/rawFields/properties/headline: 'maxLength' changed from 1000 to 500");
        assertThat(breaksAfter(FIELDS, s -> ((ObjectNode) s.at("/$defs/articleId")).put("pattern", "^[0-9a-f]{40}$")))
                .containsExactly("/$defs/articleId: 'pattern' changed from \"^[0-9a-f]{32}$\" to \"^[0-9a-f]{40}$\"");
        assertThat(breaksAfter(FIELDS, s -> ((ArrayNode) rawFields(s).at("/url/anyOf")).remove(0)))
                .containsExactly("/$defs/rawFields/properties/url/anyOf: 2 branches became 1");
    }

    @Test
    void shouldAllowAnAddedOptionalPropertyAtAnyLevelAndAChangedDescription() {
        assertThat(breaksAfter(FIELDS, s -> {
            rawFields(s).putObject("priority").put("type", "integer").put("minimum", 1);
            ((ObjectNode) rawFields(s).get("body")).put("description", "The article's body, as the source sent it.");
        })).isEmpty();
        assertThat(breaksAfter(ENRICHED, s -> {
            ((ObjectNode) s.get("properties")).putObject("sentiment").put("type", "number");
            ((ObjectNode) s.at("/properties/entities/items/properties")).putObject("salience").put("type", "number");
        })).isEmpty();
    }

    private static ObjectNode rawFields(ObjectNode schema) {
        return (ObjectNode) schema.at("/$defs/rawFields/properties");
    }

    /** The breaks the checker reports for the baseline of {@code file} after {@code edit}, as "path: change". */
    private List<String> breaksAfter(String file, Consumer<ObjectNode> edit) {
        try {
            JsonNode baseline = json.readTree(BASELINE.resolve(file).toFile());
            ObjectNode edited = baseline.deepCopy();
            edit.accept(edited);
            return SchemaCompatibility.compare(file, baseline, edited).stream()
                    .map(b -> b.path() + ": " + b.change()).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
