package io.newsroom.ingest.service;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.newsroom.ingest.config.IngestConfig;
import io.newsroom.ingest.mapping.Candidate;
import io.newsroom.ingest.mapping.NinjsMapper;
import io.newsroom.ingest.mapping.Versions;
import io.newsroom.ingest.security.SourceKeys;
import io.newsroom.schemas.ArticleIds;
import io.newsroom.schemas.ArticleSubmission;
import io.newsroom.schemas.EventSchemas;
import io.newsroom.schemas.EventSchemas.Kind;
import io.newsroom.schemas.Problem;
import io.newsroom.schemas.Problem.FieldError;
import io.newsroom.schemas.PubStatus;
import io.newsroom.schemas.RawArticle;
import io.newsroom.schemas.StorageContract;
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
 * Turns JSON into raw article events, or explains precisely why it cannot: empty or oversized body, invalid
 * UTF-8, malformed JSON, a source the caller's key does not own (403), or each field that breaks the schema.
 * An object with a {@code uri} is an IPTC ninjs document ({@link NinjsMapper}); any other is the native format.
 */
@ApplicationScoped
public class ArticleIntake {

    // Strict on input: duplicate keys are ambiguous, so they are refused rather than silently resolved.
    public static final ObjectMapper STRICT_JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            // "{…} xyz" or "{…}{…}" is not one JSON value: refuse it rather than read the first and drop the rest.
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .findAndAddModules()
            .build();
    private static final com.fasterxml.jackson.databind.ObjectReader SUBMISSION_READER = STRICT_JSON.readerFor(ArticleSubmission.class);

    @Inject
    IngestConfig config;

    @Inject
    NinjsMapper ninjs;

    Clock clock = Clock.systemUTC();

    static final java.time.Duration MAX_FUTURE = java.time.Duration.ofDays(1);

    /** One article from a request body: native JSON or ninjs, of the caller's source. */
    public Candidate fromBody(byte[] body, String caller, boolean ninjsOnly) {
        checkSize(body);
        return fromJson(parse(decodeUtf8(body)), caller, ninjsOnly);
    }

    /** One article from a parsed JSON value (a whole body, or one batch item). */
    public Candidate fromJson(JsonNode json, String caller, boolean ninjsOnly) {
        if (!json.isObject()) {
            throw InvalidArticleException.of(400, "invalid-article", "Invalid article",
                    "An article is a JSON object; got " + json.getNodeType().name().toLowerCase() + ".");
        }
        if (ninjsOnly || json.has("uri")) {
            return validated(ninjs.map(json, caller, clock.instant()));
        }
        List<FieldError> errors = EventSchemas.get().validate(Kind.SUBMISSION, json).stream()
                .map(v -> new FieldError(v.field(), v.message()))
                .toList();
        if (!errors.isEmpty()) {
            throw new InvalidArticleException(Problem.of(400, "invalid-article", "Invalid article",
                    errors.size() + " field(s) break the article schema").withErrors(errors));
        }
        ArticleSubmission submission = bind(json);
        SourceKeys.requireSameSource(caller, submission.source());
        return storable(toEvent(submission));
    }

    /** Reads the validated tree straight into the record (cheaper than convertValue's serialise-and-reparse). */
    private static ArticleSubmission bind(JsonNode json) {
        try {
            return SUBMISSION_READER.readValue(json);
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            // A value the schema's format allows but Java cannot hold (a leap second, say): name the field, not
            // Jackson's internals.
            String field = e.getPath().stream().map(r -> r.getFieldName() != null ? "/" + r.getFieldName() : "/" + r.getIndex())
                    .collect(java.util.stream.Collectors.joining());
            throw new InvalidArticleException(Problem.of(400, "invalid-article", "Invalid article",
                    "1 field(s) break the article schema").withErrors(List.of(new FieldError(field.isEmpty() ? "" : field,
                    "is not a valid value of its type"))));
        } catch (java.io.IOException e) {
            throw InvalidArticleException.of(400, "invalid-article", "Invalid article", "The article cannot be read.");
        }
    }

    /**
     * The storage contract (what every later stage can carry and store: StorageContract), plus ingest's own rule
     * that a version cannot have been created in the future: a version derived from a far-future time would outrank
     * every later correction of the article. A day of slack covers senders that mislabel local time as UTC.
     */
    Candidate storable(Candidate candidate) {
        RawArticle article = candidate.article();
        List<FieldError> errors = new java.util.ArrayList<>(StorageContract.violations(article).stream()
                .map(v -> new FieldError(v.field(), v.message())).toList());
        if (article.versionCreated() != null && article.ingestedAt() != null
                && article.versionCreated().isAfter(article.ingestedAt().plus(MAX_FUTURE))) {
            errors.add(new FieldError("/versionCreated", "lies more than a day in the future (" + article.versionCreated()
                    + "); a version cannot be created after it is sent"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidArticleException(Problem.of(400, "invalid-article", "Invalid article",
                    errors.size() + " field(s) cannot be stored (fields are named as in the raw event)").withErrors(errors));
        }
        return candidate;
    }

    /** Articles mapped from ninjs, RSS or Atom are checked against the raw event schema (lengths, formats). */
    public Candidate validated(Candidate candidate) {
        List<FieldError> errors = EventSchemas.get().validate(Kind.RAW, STRICT_JSON.valueToTree(candidate.article()))
                .stream().map(v -> new FieldError(v.field(), v.message())).toList();
        if (!errors.isEmpty()) {
            throw new InvalidArticleException(Problem.of(400, "invalid-article", "Invalid article",
                    errors.size() + " field(s) of the mapped article break the raw article schema (fields are named as in the raw event)")
                    .withErrors(errors));
        }
        return storable(candidate);
    }

    public void checkSize(byte[] body) {
        if (body == null || body.length == 0) {
            throw InvalidArticleException.of(400, "empty-body", "Empty body", "The request has no body.");
        }
        if (body.length > config.maxBodyBytes()) {
            throw tooLarge(body.length);
        }
    }

    public int maxBodyBytes() {
        return config.maxBodyBytes();
    }

    public InvalidArticleException tooLarge(long bytes) {
        return InvalidArticleException.of(413, "body-too-large", "Body too large",
                "The body has " + bytes + " bytes; the limit is " + config.maxBodyBytes() + " bytes.");
    }

    private Candidate toEvent(ArticleSubmission s) {
        Instant now = clock.instant();
        Instant versionCreated = s.versionCreated() == null ? now : s.versionCreated();
        RawArticle article = new RawArticle(
                ArticleIds.derive(s.source(), s.sourceId(), s.url()),
                s.source(), s.sourceId(), s.url(),
                s.version() == null ? Versions.fromTime(versionCreated) : s.version(),
                s.headline(), s.body(), s.language(),
                s.firstCreated(), versionCreated, s.published(),
                s.authors(),
                s.pubStatus() == null ? PubStatus.USABLE : s.pubStatus(),
                now);
        return new Candidate(article, s.version() != null, s.versionCreated() != null);
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

    /** Parses one JSON value; {@code where} prefixes the location in the message (e.g. "line 3 of the NDJSON"). */
    public static JsonNode parse(String text) {
        try {
            JsonNode node = STRICT_JSON.readTree(text);
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
