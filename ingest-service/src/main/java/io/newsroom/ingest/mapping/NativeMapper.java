package io.newsroom.ingest.mapping;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.newsroom.ingest.problem.InvalidArticleException;
import io.newsroom.ingest.problem.SourceForbidden;
import io.newsroom.schemas.ArticleIds;
import io.newsroom.schemas.ArticleSubmission;
import io.newsroom.schemas.EventSchemas;
import io.newsroom.schemas.EventSchemas.Kind;
import io.newsroom.support.http.Problem;
import io.newsroom.support.http.Problem.FieldError;
import io.newsroom.schemas.PubStatus;
import io.newsroom.schemas.RawArticle;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Maps one native article (schema article-submission.v1) onto the raw event: each field that breaks the schema is
 * named (400), a source other than the caller's is refused (403), a missing version is made up from versionCreated
 * (else the time of receipt, {@link Versions#fromTime}). The storage contract is checked next, as for every item
 * ({@link Item#map}).
 */
public final class NativeMapper {

    private static final ObjectReader SUBMISSION_READER = StrictJson.MAPPER.readerFor(ArticleSubmission.class);

    private NativeMapper() {
    }

    public static Candidate map(JsonNode json, String caller, Instant now) {
        List<FieldError> errors = EventSchemas.get().validate(Kind.SUBMISSION, json).stream()
                .map(v -> new FieldError(v.field(), v.message()))
                .toList();
        if (!errors.isEmpty()) {
            throw new InvalidArticleException(Problem.of(400, "invalid-article", "Invalid article",
                    errors.size() + " field(s) break the article schema").withErrors(errors));
        }
        ArticleSubmission submission = bind(json);
        SourceForbidden.requireSameSource(caller, submission.source());
        return toEvent(submission, now);
    }

    /** Reads the validated tree straight into the record (cheaper than convertValue's serialise-and-reparse). */
    private static ArticleSubmission bind(JsonNode json) {
        try {
            return SUBMISSION_READER.readValue(json);
        } catch (JsonMappingException e) {
            // A value the schema's format allows but Java cannot hold (a leap second, say): name the field, not
            // Jackson's internals.
            String field = e.getPath().stream().map(r -> r.getFieldName() != null ? "/" + r.getFieldName() : "/" + r.getIndex())
                    .collect(Collectors.joining());
            throw new InvalidArticleException(Problem.of(400, "invalid-article", "Invalid article",
                    "1 field(s) break the article schema").withErrors(List.of(new FieldError(field.isEmpty() ? "" : field,
                    "is not a valid value of its type"))));
        } catch (IOException e) {
            throw InvalidArticleException.of(400, "invalid-article", "Invalid article", "The article cannot be read.");
        }
    }

    private static Candidate toEvent(ArticleSubmission s, Instant now) {
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
}
