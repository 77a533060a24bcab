package io.newsroom.ingest.service;

import io.newsroom.schemas.Problem;

/** The request cannot become an article; carries the problem document the client gets. */
public class InvalidArticleException extends RuntimeException {

    private final transient Problem problem;

    public InvalidArticleException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
