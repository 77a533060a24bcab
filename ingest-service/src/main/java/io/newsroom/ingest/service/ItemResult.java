package io.newsroom.ingest.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.newsroom.schemas.Problem;

/**
 * The answer for one item of a batch, pushed feed or pulled feed, in the item's slot: {@code status} 202 (written
 * now), 200 (unchanged: identical content was written before), 4xx (refused: {@code problem} says why) or 503
 * (not written: the broker did not acknowledge; retry this item). {@code ref} is the item's guid/uri/link when known.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemResult(int index, int status, String outcome, String id, Integer version, String ref, Problem problem) {

    public static final String REJECTED = "rejected";
    public static final String NOT_WRITTEN = "not-written";

    public boolean written() {
        return status == 202;
    }
}
