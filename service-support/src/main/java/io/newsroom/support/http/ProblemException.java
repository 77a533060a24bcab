package io.newsroom.support.http;

import java.util.Map;

/**
 * A request refused with a precise 4xx or 5xx: carries the problem document and any headers the client needs
 * ({@code Retry-After} …). The one exception model of the services' APIs; {@link ProblemExceptionMapper} answers it
 * unless a service maps a subclass itself (ingest counts its refusals).
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final transient Map<String, String> headers;

    public ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    public ProblemException(Problem problem, Map<String, String> headers) {
        // A refusal is an answer, not a failure: no stack trace to fill.
        super(problem.detail(), null, false, false);
        this.problem = problem;
        this.headers = Map.copyOf(headers);
    }

    public Problem problem() {
        return problem;
    }

    public Map<String, String> headers() {
        return headers;
    }

    /** The problem's slug, e.g. {@code invalid-article}. */
    public String reason() {
        return problem.type().substring(Problem.TYPE_BASE.length());
    }
}
