package io.newsroom.store.rest;

import io.newsroom.support.http.Problem.FieldError;

import java.time.Instant;
import java.util.List;

/** The error answers of the store's API, mapped to problem documents by {@link ProblemMapper}. */
final class Problems {

    private Problems() {
    }

    /** 400 naming each bad parameter. */
    static final class BadRequest extends RuntimeException {
        final transient List<FieldError> errors;

        BadRequest(List<FieldError> errors) {
            super(errors.size() + " parameter(s) are invalid", null, false, false);
            this.errors = errors;
        }

        static void throwIfAny(List<FieldError> errors) {
            if (!errors.isEmpty()) {
                throw new BadRequest(errors);
            }
        }
    }

    /** 404 for something that was never stored. */
    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message, null, false, false);
        }
    }

    /** 410 for an article its source canceled: kept for audit, no longer served. */
    static final class Gone extends RuntimeException {
        final transient Instant canceledAt;

        Gone(String id, Instant canceledAt) {
            super("Article " + id + " was canceled at " + canceledAt, null, false, false);
            this.canceledAt = canceledAt;
        }
    }
}
