package io.newsroom.schemas;

import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** The project's one SHA-256 helper gives the standard digests (article ids and key hashes depend on them). */
class Sha256Test {

    @Test
    void shouldGiveTheStandardDigestOfUtf8Text() {
        // FIPS 180-2 test vector for "abc".
        assertThat(Sha256.hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Sha256.of("Zürich")).isEqualTo(Sha256.of("Zürich".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void shouldHashPartsInTurnLikeTheWhole() {
        MessageDigest digest = Sha256.digest();
        digest.update("ab".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        digest.update("c".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(HexFormat.of().formatHex(digest.digest())).isEqualTo(Sha256.hex("abc"));
    }
}
