package io.newsroom.enrich.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * The engine's warm-up at start-up, before the consumers start (prefix {@code newsroom.enrich.warm-up}). A fresh JVM
 * tags at about half its later speed until the JIT has compiled the engine; tagging built-in articles first moves
 * that cost before readiness instead of into the first minute of a backlog.
 */
@ConfigMapping(prefix = "newsroom.enrich.warm-up")
public interface WarmUpConfig {

    /** Built-in articles tagged at start-up; 0 turns the warm-up off. About 1,300 bring the engine to full speed. */
    @WithDefault("1500")
    int analyses();

    /** The most the warm-up may take, whatever is left of {@link #analyses()} (a slow or busy machine). */
    @WithDefault("10s")
    Duration budget();
}
