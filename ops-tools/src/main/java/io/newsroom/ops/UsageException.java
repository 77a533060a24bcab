package io.newsroom.ops;

/** A mistake in the command line or a refusal the operator can act on: one line on standard error, exit status 2. */
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
