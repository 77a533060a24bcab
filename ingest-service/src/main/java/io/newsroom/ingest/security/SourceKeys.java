package io.newsroom.ingest.security;

import io.newsroom.ingest.config.IngestConfig;
import io.newsroom.ingest.problem.RequestRefusedException;
import io.newsroom.schemas.Sha256;
import io.newsroom.support.http.Problem;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who is calling: the {@code Authorization: Bearer <key>} header names a source through the SHA-256 hash of its
 * key. Only hashes are configured ({@code newsroom.ingest.api-keys=<source>:<sha256 hex>,…}), so a leaked
 * configuration does not leak keys. No or unknown key: 401 (a key used for another source's items: 403,
 * {@link io.newsroom.ingest.problem.SourceForbidden}).
 */
@ApplicationScoped
public class SourceKeys {

    public static final String SCHEME = "Bearer";

    private final Map<String, String> sourceByHash = new HashMap<>();

    public SourceKeys(IngestConfig config) {
        for (String entry : config.apiKeys().orElse(List.of())) {
            int colon = entry.lastIndexOf(':');
            String hash = colon < 0 ? "" : entry.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
            if (colon <= 0 || !hash.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("newsroom.ingest.api-keys entry must be <source>:<sha256 hex>, got: "
                        + entry.replaceAll(":.*", ":…"));
            }
            sourceByHash.put(hash, entry.substring(0, colon).strip());
        }
    }

    /** The source the request's key belongs to; throws 401 without a valid key. */
    public String authenticate(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw unauthorized("The request has no API key: send 'Authorization: Bearer <key>'.");
        }
        String value = authorization.strip();
        if (value.length() <= SCHEME.length() || !value.regionMatches(true, 0, SCHEME + " ", 0, SCHEME.length() + 1)) {
            throw unauthorized("The Authorization header must be 'Bearer <key>'.");
        }
        String source = sourceByHash.get(sha256Hex(value.substring(SCHEME.length() + 1).strip()));
        if (source == null) {
            throw unauthorized("The API key is not valid for any source.");
        }
        return source;
    }

    public static String sha256Hex(String key) {
        return Sha256.hex(key);
    }

    private static RequestRefusedException unauthorized(String detail) {
        return new RequestRefusedException(Problem.of(401, "unauthorized", "Unauthorized", detail),
                Map.of("WWW-Authenticate", SCHEME + " realm=\"newsroom-ingest\""));
    }
}
