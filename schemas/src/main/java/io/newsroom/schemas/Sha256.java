package io.newsroom.schemas;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, the one hash of the project. Here, in the contract jar, because the contract itself is defined with it
 * (article ids, a dead letter's reference); the services use the same helper for key hashes and body fingerprints.
 */
public final class Sha256 {

    private Sha256() {
    }

    /** A fresh digest, for hashing several parts in turn. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    public static byte[] of(byte[] bytes) {
        return digest().digest(bytes);
    }

    /** Of the text's UTF-8 bytes. */
    public static byte[] of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Of the text's UTF-8 bytes, as 64 lower-case hex characters: the form key hashes are configured in. */
    public static String hex(String text) {
        return HexFormat.of().formatHex(of(text));
    }
}
