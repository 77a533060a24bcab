package io.newsroom.ingest.problem;

import io.newsroom.support.http.Problem;

import java.util.Map;

/** The request is refused with a precise 4xx; carries the problem document and any headers the client needs. */
public class RequestRefusedException extends RuntimeException {

    private final transient Problem problem;
    private final transient Map<String, String> headers;

    public RequestRefusedException(Problem problem, Map<String, String> headers) {
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

    /** The problem's slug, e.g. {@code invalid-article}, used as the rejection reason in metrics. */
    public String reason() {
        return problem.type().substring(Problem.TYPE_BASE.length());
    }
}
