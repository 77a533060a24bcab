package io.newsroom.enrich.service;

import io.newsroom.enrich.tagging.ArticleTagger;
import io.newsroom.enrich.tagging.HeuristicTagger;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The tagging engine the service uses; one thread-safe instance shared by all consumer threads. */
public class TaggerProducer {

    @Produces
    @Singleton
    ArticleTagger tagger() {
        return new HeuristicTagger();
    }
}
