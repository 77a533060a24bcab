package io.newsroom.ingest.problem;

/**
 * The article was not confirmed written; the client must retry (503, never 202). Two cases the client must be able to
 * tell apart: the record certainly was not sent ({@link #notWritten}), or it was sent and no acknowledgement came in
 * time ({@link #outcomeUnknown}): the broker may have written it. In both cases retrying the identical request is safe,
 * because the retry gets the same version and is answered "unchanged" when the first attempt was written.
 */
public class PublishFailedException extends RuntimeException {

    private final boolean brokerUnreachable;
    private final boolean outcomeUnknown;

    /** Certainly not written. */
    public PublishFailedException(String message, Throwable cause) {
        this(message, cause, false);
    }

    /**
     * Certainly not written.
     *
     * @param brokerUnreachable the producer gave up waiting for metadata or buffer space: every further send would
     *                          wait as long again, so a batch stops sending (a refused single record does not)
     */
    public PublishFailedException(String message, Throwable cause, boolean brokerUnreachable) {
        this(message, cause, brokerUnreachable, false);
    }

    private PublishFailedException(String message, Throwable cause, boolean brokerUnreachable, boolean outcomeUnknown) {
        super(message, cause);
        this.brokerUnreachable = brokerUnreachable;
        this.outcomeUnknown = outcomeUnknown;
    }

    /** Sent, but not acknowledged in time: the record may be in the log. */
    public static PublishFailedException outcomeUnknown(String message, Throwable cause) {
        return new PublishFailedException(message, cause, false, true);
    }

    public boolean brokerUnreachable() {
        return brokerUnreachable;
    }

    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }
}
