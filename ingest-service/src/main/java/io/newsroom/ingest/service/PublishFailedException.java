package io.newsroom.ingest.service;

/** The broker did not acknowledge the article in time; the client must retry (503, never 202). */
public class PublishFailedException extends RuntimeException {

    public PublishFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
