package io.newsroom.ingest.rest;

import io.newsroom.ingest.config.IngestConfig;
import io.newsroom.ingest.problem.InvalidArticleException;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code max-body-bytes}: an empty body is 400, a larger one 413, whether declared (Content-Length) or read. */
@ApplicationScoped
public class BodyLimit {

    private final int maxBodyBytes;

    public BodyLimit(IngestConfig config) {
        this.maxBodyBytes = config.maxBodyBytes();
    }

    public void check(byte[] body) {
        if (body == null || body.length == 0) {
            throw InvalidArticleException.of(400, "empty-body", "Empty body", "The request has no body.");
        }
        if (body.length > maxBodyBytes) {
            throw tooLarge(body.length);
        }
    }

    public boolean allows(long declaredBytes) {
        return declaredBytes <= maxBodyBytes;
    }

    public InvalidArticleException tooLarge(long bytes) {
        return InvalidArticleException.of(413, "body-too-large", "Body too large",
                "The body has " + bytes + " bytes; the limit is " + maxBodyBytes + " bytes.");
    }
}
