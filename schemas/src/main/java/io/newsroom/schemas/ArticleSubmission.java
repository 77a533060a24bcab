package io.newsroom.schemas;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.time.Instant;
import java.util.List;

/**
 * The native JSON body of {@code POST /articles}. Mirrors {@code article-submission.v1.schema.json}; ingest-service
 * validates the JSON against the schema before binding it, so a bound submission is known to be well-formed.
 */
public record ArticleSubmission(
        String source,
        String sourceId,
        String url,
        Integer version,
        String headline,
        String body,
        String language,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Instant firstCreated,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Instant versionCreated,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Instant published,
        List<String> authors,
        PubStatus pubStatus) {
}
