package io.newsroom.ingest.service;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What happened to one article that was not refused: {@code accepted} (written now, HTTP 202) or {@code unchanged}
 * (this content was written before, HTTP 200), under its id and version. It is the body of the answer to a single
 * {@code POST /articles} as it stands ({@code {"id", "version", "status"}}); a batch slot ({@link ItemResult}) carries
 * the same facts with the item's index and ref.
 */
@Schema(name = "Accepted")   // the OpenAPI document's name for the single answer, as before
public record Outcome(String id, int version, String status) {

    public static final String ACCEPTED = "accepted";
    public static final String UNCHANGED = "unchanged";

    static Outcome accepted(String id, int version) {
        return new Outcome(id, version, ACCEPTED);
    }

    static Outcome unchanged(String id, int version) {
        return new Outcome(id, version, UNCHANGED);
    }

    /** The HTTP status of this outcome, alone or in a batch slot; not part of the answer's body. */
    @JsonIgnore
    public int httpStatus() {
        return ACCEPTED.equals(status) ? 202 : 200;
    }
}
