package io.newsroom.enrich.enrichment;

import io.newsroom.enrich.config.WarmUpConfig;
import io.newsroom.nlp.NewsTagger;
import io.newsroom.nlp.WarmUp;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * The tagging engine the service uses: one thread-safe instance shared by all consumer threads, loaded at
 * start-up so the first article does not pay the model load and readiness means "can tag", and warmed up on
 * built-in articles ({@link WarmUp}, {@code newsroom.enrich.warm-up.*}) so the first minute runs at full speed.
 */
public class EngineProducer {

    private static final Logger LOG = Logger.getLogger(EngineProducer.class);

    @Produces
    @Singleton
    @Startup
    NewsTagger engine(WarmUpConfig warmUp) {
        long start = System.nanoTime();
        NewsTagger engine = NewsTagger.loadDefault();
        LOG.infof("Loaded %s in %d ms", NewsTagger.version(), (System.nanoTime() - start) / 1_000_000);
        if (warmUp.analyses() > 0) {
            WarmUp.Result result = WarmUp.run(engine, warmUp.analyses(), warmUp.budget());
            LOG.infof("Warmed up on %d built-in articles in %d ms", result.analyses(), result.took().toMillis());
        }
        return engine;
    }
}
