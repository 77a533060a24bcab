package io.newsroom.enrich.kafka;

import io.newsroom.enrich.service.ArticleEnrichment;
import io.newsroom.enrich.service.EnrichMetrics;
import io.newsroom.enrich.service.RawArticleReader;
import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.schemas.RawArticle;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;

/**
 * news.articles.raw.v1 → news.articles.enriched.v1, keyed by article id. The raw record's offset is committed
 * only once the enriched record is acknowledged (at least once). Any failure nacks the record, which the
 * dead-letter strategy sends to news.dlq.enrich-service.v1 with the reason, and the next record goes on.
 */
@ApplicationScoped
public class RawArticleProcessor {

    public static final String INCOMING = "raw-articles-in";
    public static final String OUTGOING = "enriched-articles-out";

    private static final Logger LOG = Logger.getLogger(RawArticleProcessor.class);

    @Inject
    RawArticleReader reader;

    @Inject
    ArticleEnrichment enrichment;

    @Inject
    EnrichMetrics metrics;

    @Incoming(INCOMING)
    @Outgoing(OUTGOING)
    public Record<String, EnrichedArticle> process(ConsumerRecord<String, byte[]> record) {
        try {
            RawArticle raw = reader.read(record.value());
            EnrichedArticle enriched = enrichment.enrich(raw);
            metrics.enriched();
            return Record.of(raw.id(), enriched);
        } catch (RuntimeException e) {
            metrics.deadLettered();
            LOG.warnf("Dead-lettering %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
            throw e;
        }
    }
}
