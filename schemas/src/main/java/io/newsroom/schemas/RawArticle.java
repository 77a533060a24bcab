package io.newsroom.schemas;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * An accepted article version, as published on {@link Topics#RAW}. Mirrors {@code raw-article.v1.schema.json}.
 * Unknown properties are ignored on read so that fields added later do not break older consumers. {@code url} is
 * null when the source gave no http(s) URL (contract 1.2: a ninjs item with only its uri).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RawArticle(
        String id,
        String source,
        String sourceId,
        String url,
        int version,
        String headline,
        String body,
        String language,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Instant firstCreated,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Instant versionCreated,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Instant published,
        List<String> authors,
        PubStatus pubStatus,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Instant ingestedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) OriginalDocument original) {

    public RawArticle {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** An article without an original document (native JSON, RSS, Atom): the constructor before {@code original} existed. */
    public RawArticle(String id, String source, String sourceId, String url, int version, String headline, String body,
                      String language, Instant firstCreated, Instant versionCreated, Instant published,
                      List<String> authors, PubStatus pubStatus, Instant ingestedAt) {
        this(id, source, sourceId, url, version, headline, body, language, firstCreated, versionCreated, published,
                authors, pubStatus, ingestedAt, null);
    }
}
