package io.newsroom.store.rest;

import io.newsroom.support.http.Problem;
import io.newsroom.support.http.Problem.FieldError;
import io.newsroom.support.http.ProblemException;

import java.time.Instant;
import java.util.List;

/** The error answers of the store's API, all shared {@link ProblemException}s (service-support's ProblemExceptionMapper answers them). */
final class Problems {

    private Problems() {
    }

    /** 400 naming each bad parameter. */
    static ProblemException badRequest(List<FieldError> errors) {
        return new ProblemException(Problem.of(400, "invalid-query", "Invalid query",
                errors.size() + " parameter(s) are invalid").withErrors(errors));
    }

    static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw badRequest(errors);
        }
    }

    /** 404 for something that was never stored. */
    static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of(404, "not-found", "Not found", detail));
    }

    /** 410 for an article its source canceled: kept for audit, no longer served. Its document adds when. */
    static ProblemException gone(String id, Instant canceledAt) {
        // Instant.toString is ISO_INSTANT, the form the document's canceledAt always had.
        return new ProblemException(Problem.of(410, "canceled", "Canceled", "Article " + id + " was canceled at " + canceledAt)
                .withExtension("canceledAt", canceledAt.toString()));
    }
}
