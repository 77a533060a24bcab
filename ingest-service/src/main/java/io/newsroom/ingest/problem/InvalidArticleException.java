package io.newsroom.ingest.problem;

import io.newsroom.support.http.Problem;

import java.util.Map;

/** The request (or one item of it) cannot become an article; carries the problem document the client gets. */
public class InvalidArticleException extends RequestRefusedException {

    public InvalidArticleException(Problem problem) {
        super(problem, Map.of());
    }

    public static InvalidArticleException of(int status, String slug, String title, String detail) {
        return new InvalidArticleException(Problem.of(status, slug, title, detail));
    }
}
