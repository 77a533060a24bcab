package io.newsroom.schemas;

/** A record value that is not a valid event of the contract; the message says why, for the dead-letter reason. */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String reason) {
        super(reason, null, false, false);
    }
}
