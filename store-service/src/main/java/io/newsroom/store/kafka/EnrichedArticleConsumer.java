package io.newsroom.store.kafka;

import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.store.service.ArticleStore;
import io.newsroom.store.service.EnrichedArticleReader;
import io.newsroom.store.service.StoreMetrics;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * news.articles.enriched.v1 → PostgreSQL. The offset is committed after the transaction; a record that cannot
 * be stored is nacked and the dead-letter strategy sends it to news.dlq.store-service.v1 with the reason.
 */
@ApplicationScoped
public class EnrichedArticleConsumer {

    public static final String INCOMING = "enriched-articles-in";

    private static final Logger LOG = Logger.getLogger(EnrichedArticleConsumer.class);

    @Inject
    EnrichedArticleReader reader;

    @Inject
    ArticleStore store;

    @Inject
    StoreMetrics metrics;

    @Incoming(INCOMING)
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        try {
            EnrichedArticle article = reader.read(record.value());
            metrics.stored(store.store(article));
        } catch (RuntimeException e) {
            metrics.deadLettered();
            LOG.warnf("Dead-lettering %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
            throw e;
        }
    }
}
