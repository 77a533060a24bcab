package io.newsroom.enrich.service;

import io.newsroom.enrich.tagging.ArticleTagger;
import io.newsroom.enrich.tagging.NlpEngineTagger;
import io.newsroom.nlp.NewsTagger;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * The tagging engine the service uses: one thread-safe instance shared by all consumer threads, loaded at
 * start-up so the first article does not pay the model load and readiness means "can tag".
 */
public class TaggerProducer {

    private static final Logger LOG = Logger.getLogger(TaggerProducer.class);

    @Produces
    @Singleton
    @Startup
    ArticleTagger tagger() {
        long start = System.nanoTime();
        NewsTagger engine = NewsTagger.loadDefault();
        LOG.infof("Loaded %s in %d ms", NewsTagger.version(), (System.nanoTime() - start) / 1_000_000);
        return new NlpEngineTagger(engine);
    }
}
