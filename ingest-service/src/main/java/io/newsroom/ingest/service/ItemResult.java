package io.newsroom.ingest.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.newsroom.support.http.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The answer for one item of a batch, pushed feed or pulled feed, in the item's slot: {@code status} 202 (written
 * now), 200 (unchanged: identical content was written before), 4xx (refused: {@code problem} says why) or 503
 * (not written, or outcome unknown: the broker did not acknowledge in time; retrying this item is safe); in a pulled
 * feed also 200 {@code skipped} (older than the version already published: the archive keeps the newest). {@code ref} is the item's guid/uri/link when known.
 * {@code warnings} (absent when none) say what was changed to make a feed item storable: a headline taken from the
 * item's text, a title or author cut at a word boundary.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemResult(int index, int status, String outcome, String id, Integer version, String ref, Problem problem,
                         @Schema(description = "What was changed to make the item storable (feed items: a headline taken "
                                 + "from the text, a title or author cut at a word boundary); absent when nothing was.")
                         List<String> warnings) {

    public ItemResult(int index, int status, String outcome, String id, Integer version, String ref, Problem problem) {
        this(index, status, outcome, id, version, ref, problem, null);
    }

    /** Null (left out of the JSON) when there is nothing to say. */
    static List<String> warnings(List<String> warnings) {
        return warnings == null || warnings.isEmpty() ? null : List.copyOf(warnings);
    }

    public static final String REJECTED = "rejected";
    /** Pulled feeds only (status 200): older than the version already published; nothing written, not an error. */
    public static final String SKIPPED = "skipped";
    public static final String NOT_WRITTEN = "not-written";
    /** Sent but not acknowledged in time: it may have been written; retrying it is safe (same version). */
    public static final String OUTCOME_UNKNOWN = "outcome-unknown";
}
