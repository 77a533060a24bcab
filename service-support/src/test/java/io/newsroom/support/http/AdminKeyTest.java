package io.newsroom.support.http;

import io.newsroom.support.http.Problem;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The admin key: off without a configured hash, only the key whose SHA-256 is configured gets in. */
class AdminKeyTest {

    private final AdminKey key = new AdminKey(Optional.of(AdminKey.sha256Hex("s3cret")));

    @Test
    void shouldLetTheConfiguredKeyIn() {
        assertThat(key.refusal("Bearer s3cret")).isEmpty();
        assertThat(key.refusal("bearer  s3cret ")).isEmpty();
    }

    @Test
    void shouldAnswer401WithoutAKeyOrWithAWrongOne() {
        assertThat(key.refusal(null)).map(Problem::status).contains(401);
        assertThat(key.refusal("Bearer s3cret2")).map(Problem::status).contains(401);
        assertThat(key.refusal("Basic s3cret")).map(Problem::status).contains(401);
        assertThat(key.refusal("Bearer")).map(Problem::status).contains(401);
    }

    @Test
    void shouldRefuseEveryCallWhenNoHashIsConfigured() {
        AdminKey off = new AdminKey(Optional.empty());
        assertThat(off.refusal("Bearer s3cret")).map(Problem::status).contains(403);
        assertThat(off.refusal("Bearer " + AdminKey.sha256Hex("s3cret"))).map(Problem::status).contains(403);
        assertThat(new AdminKey(Optional.of(" ")).refusal("Bearer anything")).map(Problem::status).contains(403);
    }

    @Test
    void shouldRefuseAMalformedHashAtStartUp() {
        assertThatThrownBy(() -> new AdminKey(Optional.of("s3cret"))).isInstanceOf(IllegalArgumentException.class);
    }
}
