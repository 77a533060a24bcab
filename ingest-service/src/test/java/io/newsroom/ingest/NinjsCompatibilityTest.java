package io.newsroom.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroom.infra.quarkus.KafkaCompanionTest;
import io.newsroom.infra.quarkus.KafkaResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.newsroom.support.http.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every document of the IPTC ninjs repository's examples and validation suite (copied under
 * {@code compat/ninjs}, see its README) posted as it is to {@code POST /articles} as {@code application/ninjs+json}
 * on the real broker (a collection, a JSON array, to {@code /articles/batch}). Expected per file: accepted outside
 * the suite's {@code should_fail} (and {@code not-valid}) folders; a 400 problem inside them; and the exceptions,
 * each with its reason, listed in {@code compat/ninjs/expectations.tsv}. Never a 5xx. Each file posts as its own
 * source, because the suite reuses a uri and version with other content (a 409 there would be right, and say nothing
 * about the document).
 */
@QuarkusTest
@TestProfile(NinjsCompatibilityTest.FolderSources.class)
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
class NinjsCompatibilityTest extends KafkaCompanionTest {

    static final Path ROOT = root();

    /** One source (and key) per document of the suite. */
    public static class FolderSources implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String keys = documents().stream().map(NinjsCompatibilityTest::source).distinct()
                    .map(s -> s + ":" + sha256(TestSupport.key(s))).collect(Collectors.joining(","));
            return Map.of("newsroom.ingest.api-keys", keys);
        }
    }

    record Outcome(int status, String reason) {
        String expectation() {
            return status == 202 || status == 200 || status == 207 ? "accepted" : "refused " + reason;
        }
    }

    @Test
    void shouldAnswerEveryDocumentOfTheIptcSuiteAsExpected() throws IOException {
        Map<String, String> exceptions = expectations();
        Map<String, Outcome> outcomes = new TreeMap<>();
        for (Path file : documents()) {
            outcomes.put(name(file), post(file));
        }

        Map<String, String> mismatches = new TreeMap<>();
        outcomes.forEach((name, outcome) -> {
            String expected = exceptions.getOrDefault(name, refusedBySuite(name) ? "refused" : "accepted");
            String actual = outcome.expectation();
            boolean matches = expected.equals("refused") ? actual.startsWith("refused ") : actual.startsWith(expected);
            if (!matches) {
                mismatches.put(name, "expected " + expected + ", got " + outcome.status() + " " + outcome.reason());
            }
        });
        System.out.println("ninjs compatibility: " + summary(outcomes));
        // Every answer, for the record (docs/ingest.md quotes the counts): target/ninjs-compatibility.tsv.
        Files.write(Path.of("target", "ninjs-compatibility.tsv"), outcomes.entrySet().stream()
                .map(e -> e.getKey() + "\t" + e.getValue().status() + "\t" + e.getValue().reason()).toList());
        assertThat(outcomes).hasSizeGreaterThan(290);
        assertThat(exceptions.keySet()).as("expectations naming no document").isSubsetOf(outcomes.keySet());
        assertThat(outcomes.values()).extracting(Outcome::status).allMatch(s -> s < 500, "no 5xx");
        assertThat(mismatches).as("documents answered otherwise than expected").isEmpty();
    }

    private Outcome post(Path file) throws IOException {
        byte[] body = Files.readAllBytes(file);
        boolean collection = new String(body, StandardCharsets.UTF_8).stripLeading().startsWith("[");
        Response answer = TestSupport.as(source(file))
                .contentType(collection ? "application/json" : "application/ninjs+json").body(body)
                .post(collection ? "/articles/batch" : "/articles");
        if (answer.statusCode() == 207) {
            List<Integer> slots = answer.path("items.status");
            return slots.stream().allMatch(s -> s == 202 || s == 200) ? new Outcome(207, "")
                    : new Outcome(400, "batch slots " + slots);
        }
        if (answer.statusCode() >= 400) {
            return new Outcome(answer.statusCode(), reason(answer));
        }
        return new Outcome(answer.statusCode(), "");
    }

    /** "type field: message" of the problem, e.g. "invalid-ninjs /headlines: the ninjs item has no text…". */
    private static String reason(Response answer) {
        if (!Problem.MEDIA_TYPE.equals(answer.contentType())) {
            return "not a problem document: " + answer.contentType();
        }
        String type = answer.<String>path("type").replace(Problem.TYPE_BASE, "");
        List<String> fields = answer.path("errors.field");
        List<String> messages = answer.path("errors.message");
        if (fields == null || fields.isEmpty()) {
            return type;
        }
        return type + " " + fields.get(0) + ": " + messages.get(0);
    }

    private static String summary(Map<String, Outcome> outcomes) {
        Map<String, Long> byReason = outcomes.values().stream().collect(Collectors.groupingBy(
                o -> o.expectation().replaceAll(", got .*|\\(.*", ""), TreeMap::new, Collectors.counting()));
        return outcomes.size() + " documents " + byReason;
    }

    static boolean refusedBySuite(String name) {
        return name.contains("/should_fail/") || name.contains("/not-valid/");
    }

    /** path → "accepted" or the start of "refused <type> <field>: <message>", from the tab-separated expectations file. */
    static Map<String, String> expectations() throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(ROOT.resolve("expectations.tsv"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] cells = line.split("\t");
                expected.put(cells[0], cells[1]);
            }
        }
        return expected;
    }

    static List<Path> documents() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String name(Path file) {
        return ROOT.relativize(file).toString().replace('\\', '/');
    }

    /** "ninjs-" and the start of the SHA-256 of the document's path: a valid source name of its own. */
    static String source(Path file) {
        return "ninjs-" + sha256(name(file)).substring(0, 16);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path root() {
        try {
            return Path.of(NinjsCompatibilityTest.class.getResource("/compat/ninjs").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
