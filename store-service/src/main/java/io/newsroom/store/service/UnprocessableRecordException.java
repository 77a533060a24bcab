package io.newsroom.store.service;

/** A record that can never be stored, whatever the retry: it goes to the dead-letter topic with this reason. */
public class UnprocessableRecordException extends RuntimeException {

    public UnprocessableRecordException(String reason) {
        super(reason, null, false, false);
    }
}
