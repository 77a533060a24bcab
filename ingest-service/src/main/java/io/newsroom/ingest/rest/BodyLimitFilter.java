package io.newsroom.ingest.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses a declared oversized body before it is read, so a client sending megabytes learns at once (413)
 * and the service does not buffer it. Bodies without a Content-Length are checked after reading.
 */
@Provider
@PreMatching
public class BodyLimitFilter implements ContainerRequestFilter {

    @Inject
    BodyLimit limit;

    @Override
    public void filter(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return;
        }
        try {
            long declared = Long.parseLong(length.trim());
            if (!limit.allows(declared)) {
                throw limit.tooLarge(declared);
            }
        } catch (NumberFormatException e) {
            // An unparsable Content-Length is refused by the HTTP layer itself.
        }
    }
}
