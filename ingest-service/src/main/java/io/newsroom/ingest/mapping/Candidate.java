package io.newsroom.ingest.mapping;

import io.newsroom.schemas.RawArticle;

import java.util.Arrays;
import java.util.Objects;

/**
 * A mapped article ready to publish, with what the source itself said about its version: content that only
 * differs in a version or time the service made up is the same content (see the service's Ingestor).
 *
 * @param versionGiven     the source gave an explicit version
 * @param timeGiven        the source gave the version's time (versionCreated, updated or published)
 * @param event            the raw event's JSON as it is published, written once by {@link ArticleChecks} (which
 *                         checked exactly these bytes' content); null until the article was checked
 */
public record Candidate(RawArticle article, boolean versionGiven, boolean timeGiven, byte[] event) {

    /** What a mapper gives: an article not yet checked, so without its event. */
    public Candidate(RawArticle article, boolean versionGiven, boolean timeGiven) {
        this(article, versionGiven, timeGiven, null);
    }

    Candidate withEvent(byte[] written) {
        return new Candidate(article, versionGiven, timeGiven, written);
    }

    /** Equal by content, the event's bytes included (a record compares arrays by reference). */
    @Override
    public boolean equals(Object other) {
        return other instanceof Candidate c && article.equals(c.article) && versionGiven == c.versionGiven
                && timeGiven == c.timeGiven && Arrays.equals(event, c.event);
    }

    @Override
    public int hashCode() {
        return Objects.hash(article, versionGiven, timeGiven) * 31 + Arrays.hashCode(event);
    }

    @Override
    public String toString() {
        return "Candidate[article=" + article + ", versionGiven=" + versionGiven + ", timeGiven=" + timeGiven
                + ", event=" + (event == null ? "null" : event.length + " bytes") + "]";
    }
}
