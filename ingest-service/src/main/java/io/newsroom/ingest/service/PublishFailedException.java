package io.newsroom.ingest.service;

/** The broker did not acknowledge the article in time; the client must retry (503, never 202). */
public class PublishFailedException extends RuntimeException {

    private final boolean brokerUnreachable;

    public PublishFailedException(String message, Throwable cause) {
        this(message, cause, false);
    }

    /**
     * @param brokerUnreachable the producer gave up waiting for metadata or buffer space: every further send would
     *                          wait as long again, so a batch stops sending (a refused single record does not)
     */
    public PublishFailedException(String message, Throwable cause, boolean brokerUnreachable) {
        super(message, cause);
        this.brokerUnreachable = brokerUnreachable;
    }

    public boolean brokerUnreachable() {
        return brokerUnreachable;
    }
}
