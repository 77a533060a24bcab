package io.newsroom.ingest.service;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.newsroom.ingest.config.IngestConfig;
import io.newsroom.schemas.ArticleIds;
import io.newsroom.schemas.ArticleSubmission;
import io.newsroom.schemas.EventSchemas;
import io.newsroom.schemas.EventSchemas.Kind;
import io.newsroom.schemas.Problem;
import io.newsroom.schemas.Problem.FieldError;
import io.newsroom.schemas.PubStatus;
import io.newsroom.schemas.RawArticle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Turns a request body into a raw article event, or explains precisely why it cannot: body too large,
 * invalid UTF-8, malformed JSON, or each field that breaks the submission schema.
 */
@ApplicationScoped
public class ArticleIntake {

    // Strict on input: duplicate keys are ambiguous, so they are refused rather than silently resolved.
    private static final ObjectMapper STRICT_JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .findAndAddModules()
            .build();

    @Inject
    IngestConfig config;

    Clock clock = Clock.systemUTC();

    public RawArticle toRawArticle(byte[] body) {
        if (body == null || body.length == 0) {
            throw invalid(400, "empty-body", "Empty body", "The request has no body; send one article as JSON.");
        }
        if (body.length > config.maxBodyBytes()) {
            throw tooLarge(body.length);
        }
        JsonNode json = parse(decodeUtf8(body));
        List<FieldError> errors = EventSchemas.get().validate(Kind.SUBMISSION, json).stream()
                .map(v -> new FieldError(v.field(), v.message()))
                .toList();
        if (!errors.isEmpty()) {
            throw new InvalidArticleException(Problem.of(400, "invalid-article", "Invalid article",
                    errors.size() + " field(s) break the article schema").withErrors(errors));
        }
        return toEvent(STRICT_JSON.convertValue(json, ArticleSubmission.class));
    }

    public int maxBodyBytes() {
        return config.maxBodyBytes();
    }

    public InvalidArticleException tooLarge(long bytes) {
        return invalid(413, "body-too-large", "Body too large",
                "The body has " + bytes + " bytes; the limit is " + config.maxBodyBytes() + " bytes.");
    }

    private RawArticle toEvent(ArticleSubmission s) {
        Instant now = clock.instant();
        return new RawArticle(
                ArticleIds.derive(s.source(), s.sourceId(), s.url()),
                s.source(), s.sourceId(), s.url(),
                s.version() == null ? 1 : s.version(),
                s.headline(), s.body(), s.language(),
                s.firstCreated(),
                s.versionCreated() == null ? now : s.versionCreated(),
                s.published(),
                s.authors(),
                s.pubStatus() == null ? PubStatus.USABLE : s.pubStatus(),
                now);
    }

    private static String decodeUtf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw invalid(400, "invalid-encoding", "Invalid UTF-8", "The body is not valid UTF-8: " + e.getMessage());
        }
    }

    private static JsonNode parse(String text) {
        try {
            JsonNode node = STRICT_JSON.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw invalid(400, "malformed-json", "Malformed JSON", "The body holds no JSON value.");
            }
            return node;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw invalid(400, "malformed-json", "Malformed JSON", e.getOriginalMessage() + where);
        } catch (IOException e) {
            throw invalid(400, "malformed-json", "Malformed JSON", e.getMessage());
        }
    }

    private static InvalidArticleException invalid(int status, String slug, String title, String detail) {
        return new InvalidArticleException(Problem.of(status, slug, title, detail));
    }
}
