package io.newsroom.store.kafka;

import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.store.kafka.DeadLetterPublisher.DeadLetter;
import io.newsroom.store.write.ArticleStore;
import io.newsroom.store.database.DatabaseErrors;
import io.newsroom.store.database.DatabaseOutage;
import io.newsroom.store.write.EnrichedArticleReader;
import io.newsroom.store.write.StoreMetrics;
import io.newsroom.schemas.InvalidEventException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;

/**
 * news.articles.enriched.v1 → PostgreSQL, one transaction per polled batch for throughput. A record that cannot
 * be stored goes alone to news.dlq.store-service.v1 with its reason and does not hold up the others. The batch
 * is acknowledged (offsets committed) only after the transaction and the dead letters are done. During a database
 * outage {@link ArticleStore} holds the batch and retries it until the database is back: nothing is committed,
 * skipped or dead-lettered, and the channel never fails for it.
 */
@ApplicationScoped
public class EnrichedArticleConsumer {

    public static final String INCOMING = "enriched-articles-in";

    private static final Logger LOG = Logger.getLogger(EnrichedArticleConsumer.class);

    private record Parsed(ConsumerRecord<String, byte[]> record, EnrichedArticle article) {
    }

    @Inject
    EnrichedArticleReader reader;

    @Inject
    ArticleStore store;

    @Inject
    DatabaseOutage outage;

    @Inject
    DeadLetterPublisher deadLetters;

    @Inject
    StoreMetrics metrics;

    @Incoming(INCOMING)
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) {
        List<Parsed> parsed = new ArrayList<>(records.count());
        List<DeadLetter> dead = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                parsed.add(new Parsed(record, reader.read(record.value())));
            } catch (InvalidEventException e) {
                dead.add(new DeadLetter(record, e.getMessage()));
            } catch (RuntimeException e) {
                // Whatever else a record's bytes can do to the reader is that record's fault too: set it aside.
                dead.add(new DeadLetter(record, "Unreadable: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
        }
        storeBatch(parsed, dead);
        deadLetters.publish(dead);
    }

    private void storeBatch(List<Parsed> parsed, List<DeadLetter> dead) {
        if (parsed.isEmpty()) {
            return;
        }
        try {
            store.storeAll(parsed.stream().map(Parsed::article).toList()).forEach(metrics::stored);
            outage.available();
        } catch (RuntimeException batchFailure) {
            LOG.warnf("Batch of %d failed (%s); storing one by one to isolate the cause", parsed.size(), DatabaseErrors.describe(batchFailure));
            for (Parsed p : parsed) {
                storeAlone(p, dead);
            }
        }
    }

    private void storeAlone(Parsed p, List<DeadLetter> dead) {
        try {
            metrics.stored(store.store(p.article()));
        } catch (RuntimeException e) {
            // Not an outage (ArticleStore holds those until the database is back), not a race: the record's fault.
            dead.add(new DeadLetter(p.record(), "Could not be stored: " + DatabaseErrors.describe(e)));
        }
    }
}
