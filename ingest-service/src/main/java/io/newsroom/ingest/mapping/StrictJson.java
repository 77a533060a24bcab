package io.newsroom.ingest.mapping;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.newsroom.ingest.problem.InvalidArticleException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Bytes to text to one JSON value, strictly: invalid UTF-8, duplicate keys or trailing content are refused (400). */
public final class StrictJson {

    // Strict on input: duplicate keys are ambiguous, so they are refused rather than silently resolved.
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            // "{…} xyz" or "{…}{…}" is not one JSON value: refuse it rather than read the first and drop the rest.
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .findAndAddModules()
            .build();

    private StrictJson() {
    }

    public static String decodeUtf8(byte[] body) {
        // Fast path: the JDK's decoder replaces every malformed sequence with U+FFFD, so a result without any is
        // exactly the strict decoding. Only a body that has one (malformed, or a real U+FFFD) is decoded strictly.
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw InvalidArticleException.of(400, "invalid-encoding", "Invalid UTF-8",
                    "The body is not valid UTF-8: " + e.getMessage());
        }
    }

    /** Parses exactly one JSON value; the message names the line and column of what is wrong. */
    public static JsonNode parse(String text) {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw InvalidArticleException.of(400, "malformed-json", "Malformed JSON", "The body holds no JSON value.");
            }
            return node;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            String message = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")
                    ? "Content follows the JSON value; a body holds exactly one JSON value" : e.getOriginalMessage();
            throw InvalidArticleException.of(400, "malformed-json", "Malformed JSON", message + where);
        } catch (IOException e) {
            throw InvalidArticleException.of(400, "malformed-json", "Malformed JSON", e.getMessage());
        }
    }
}
