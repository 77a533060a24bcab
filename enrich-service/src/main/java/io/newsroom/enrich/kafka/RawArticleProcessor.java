package io.newsroom.enrich.kafka;

import io.newsroom.enrich.service.ArticleEnrichment;
import io.newsroom.enrich.service.EnrichMetrics;
import io.newsroom.enrich.service.EnrichedEventBudget;
import io.newsroom.enrich.service.RawArticleReader;
import io.newsroom.schemas.RawArticle;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

/**
 * news.articles.raw.v1 → news.articles.enriched.v1, keyed by article id. The raw record's offset is committed
 * only once the enriched record is acknowledged (at least once). Any failure — a record that is not a storable raw
 * event, or an enriched event the broker refuses — nacks the record, and {@link DeadLetterFailureHandler} sets it
 * aside on news.dlq.enrich-service.v1 with the reason; the next record goes on.
 */
@ApplicationScoped
public class RawArticleProcessor {

    public static final String INCOMING = "raw-articles-in";
    public static final String OUTGOING = "enriched-articles-out";

    @Inject
    RawArticleReader reader;

    @Inject
    ArticleEnrichment enrichment;

    @Inject
    EnrichedEventBudget budget;

    @Inject
    EnrichMetrics metrics;

    @Incoming(INCOMING)
    @Outgoing(OUTGOING)
    public Record<String, byte[]> process(ConsumerRecord<String, byte[]> record) {
        RawArticle raw = reader.read(record.value());
        byte[] enriched = budget.serialise(enrichment.enrich(raw));
        metrics.enriched();
        return Record.of(raw.id(), enriched);
    }
}
