package io.newsroom.ingest.problem;

import io.newsroom.support.http.Problem;
import io.newsroom.support.http.ProblemException;

import java.util.Map;

/**
 * An article request refused with a precise 4xx: the shared {@link ProblemException}, which ingest's ProblemMapper
 * answers itself so that every refusal is counted by its reason.
 */
public class RequestRefusedException extends ProblemException {

    public RequestRefusedException(Problem problem, Map<String, String> headers) {
        super(problem, headers);
    }
}
