package io.newsroom.enrich.enrichment;

import io.newsroom.nlp.NewsTagger;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * The tagging engine the service uses: one thread-safe instance shared by all consumer threads, loaded at
 * start-up so the first article does not pay the model load and readiness means "can tag".
 */
public class EngineProducer {

    private static final Logger LOG = Logger.getLogger(EngineProducer.class);

    @Produces
    @Singleton
    @Startup
    NewsTagger engine() {
        long start = System.nanoTime();
        NewsTagger engine = NewsTagger.loadDefault();
        LOG.infof("Loaded %s in %d ms", NewsTagger.version(), (System.nanoTime() - start) / 1_000_000);
        return engine;
    }
}
