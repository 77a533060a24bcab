package io.newsroom.support.http;

import io.newsroom.schemas.Sha256;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The operators' key of a service's admin API ({@code /admin/…}): {@code Authorization: Bearer <key>} checked
 * against the SHA-256 hash configured as {@code newsroom.admin.key-hash} (only the hash is configured, so a leaked
 * configuration does not leak the key; the same scheme as ingest's source keys). Without a hash the admin API is
 * off and every call is refused. Shared by enrich-service and store-service so both answer alike.
 */
public final class AdminKey {

    public static final String SCHEME = "Bearer";

    private final byte[] hash;

    /** @param keyHash the SHA-256 hex of the key; empty turns the admin API off */
    public AdminKey(Optional<String> keyHash) {
        String hex = keyHash.map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).orElse(null);
        if (hex != null && !hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("newsroom.admin.key-hash must be the SHA-256 of the key as 64 hex characters");
        }
        this.hash = hex == null ? null : HexFormat.of().parseHex(hex);
    }

    /**
     * @return empty when the request may use the admin API, else the problem to answer: 401 without a key or with a
     * wrong one, 403 when the admin API is off
     */
    public Optional<Problem> refusal(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return Optional.of(Problem.of(401, "unauthorized", "Unauthorized",
                    "The admin API needs the admin key: send 'Authorization: Bearer <key>'."));
        }
        if (hash == null) {
            return Optional.of(Problem.of(403, "admin-disabled", "Admin API disabled",
                    "No admin key is configured on this instance (newsroom.admin.key-hash / NEWSROOM_ADMIN_KEY_HASH)."));
        }
        String value = authorization.strip();
        boolean bearer = value.length() > SCHEME.length()
                && value.regionMatches(true, 0, SCHEME + " ", 0, SCHEME.length() + 1);
        // Constant-time comparison of the hashes: the answer time says nothing about how close a guess was.
        if (!bearer || !MessageDigest.isEqual(hash, Sha256.of(value.substring(SCHEME.length() + 1).strip()))) {
            return Optional.of(Problem.of(401, "unauthorized", "Unauthorized", "The admin key is not valid."));
        }
        return Optional.empty();
    }

    public static String sha256Hex(String key) {
        return Sha256.hex(key);
    }
}
