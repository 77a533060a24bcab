package io.newsroom.ingest.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The service's one clock: the time of receipt of every article, pushed or pulled (its {@code ingestedAt}, and its
 * version when the source gave none), a pull's time and the start of the raw topic's retry window. One bean, so
 * no path reads the system time on its own.
 */
public class ServiceClock {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
