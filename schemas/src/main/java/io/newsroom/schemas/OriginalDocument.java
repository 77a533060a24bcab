package io.newsroom.schemas;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The document a source sent, kept next to the mapped fields when it came in a standard format other than the
 * native JSON (for instance an IPTC ninjs document), so subscribers can read what the mapping left out
 * (subjects, renditions, rights). Mirrors {@code original} in {@code article-fields.v1.schema.json}.
 *
 * @param format   the format the source used, e.g. {@code ninjs}
 * @param version  the format's version when known (ninjs {@code $schema} or {@code 2.x}), else null
 * @param document the document as received, unchanged
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OriginalDocument(String format, String version, JsonNode document) {

    public static final String NINJS = "ninjs";
}
