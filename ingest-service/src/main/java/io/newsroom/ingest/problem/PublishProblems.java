package io.newsroom.ingest.problem;

import io.newsroom.support.http.Problem;

/**
 * The 503 problem for an article that was not confirmed written, one wording for single articles and batch items.
 * {@code publish-outcome-unknown}: the record was handed to the broker and no acknowledgement came in time (delivery
 * timeout, connection lost meanwhile), so it may be in the log. {@code broker-unavailable}: it certainly was not
 * sent. Both say that retrying the identical request is safe: the retry gets the same version and, if the first
 * attempt was written, is answered like it (200 unchanged) without publishing again.
 */
public final class PublishProblems {

    public static final String OUTCOME_UNKNOWN = "publish-outcome-unknown";
    public static final String NOT_WRITTEN = "broker-unavailable";

    private PublishProblems() {
    }

    /** @param what "The article" or "This item" */
    public static Problem of(PublishFailedException e, String what, int retryAfterSeconds) {
        String retry = " Retrying the identical request is safe (after " + retryAfterSeconds + " s): it gets the same "
                + "version, and is answered 200 unchanged without being published again if the first attempt was written.";
        if (e.outcomeUnknown()) {
            return Problem.of(503, OUTCOME_UNKNOWN, "Outcome unknown", what + " may or may not have been written: "
                    + "Kafka did not confirm it in time (" + e.getMessage() + ")." + retry);
        }
        return Problem.of(503, NOT_WRITTEN, "Broker unavailable", what + " was not written: " + e.getMessage() + "." + retry);
    }
}
