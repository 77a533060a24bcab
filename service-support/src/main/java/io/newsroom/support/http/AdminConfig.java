package io.newsroom.support.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** The operators' admin API (prefix {@code newsroom.admin}); off unless a key hash is configured. */
@ConfigMapping(prefix = "newsroom.admin")
public interface AdminConfig {

    /** SHA-256 hex of the admin key ({@code NEWSROOM_ADMIN_KEY_HASH}); without it every admin call is refused. */
    Optional<String> keyHash();

    /** Longest one dead-letter re-drive may read and wait for the broker; call again for the rest. */
    @WithDefault("30s")
    Duration redriveTimeout();
}
