package io.newsroom.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** First 8 hex digits of the SHA-256 of classpath resources: names the exact model in enricherVersion. */
public final class ModelHash {

    private ModelHash() {
    }

    public static String of(String... resources) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            boolean any = false;
            for (String r : resources) {
                try (InputStream in = ModelHash.class.getResourceAsStream(r)) {
                    if (in != null) {
                        sha.update(in.readAllBytes());
                        any = true;
                    }
                }
            }
            return any ? HexFormat.of().formatHex(sha.digest()).substring(0, 8) : "none";
        } catch (IOException | NoSuchAlgorithmException e) {
            return "unknown";
        }
    }
}
