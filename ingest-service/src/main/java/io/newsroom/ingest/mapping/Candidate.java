package io.newsroom.ingest.mapping;

import io.newsroom.schemas.RawArticle;

/**
 * A mapped article ready to publish, with what the source itself said about its version: content that only
 * differs in a version or time the service made up is the same content (see the service's Ingestor).
 *
 * @param versionGiven     the source gave an explicit version
 * @param timeGiven        the source gave the version's time (versionCreated, updated or published)
 */
public record Candidate(RawArticle article, boolean versionGiven, boolean timeGiven) {
}
