package io.newsroom.store.kafka;

import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.store.kafka.DeadLetterPublisher.DeadLetter;
import io.newsroom.store.write.ArticleStore;
import io.newsroom.store.database.DatabaseErrors;
import io.newsroom.store.database.DatabaseOutage;
import io.newsroom.store.write.EnrichedArticleReader;
import io.newsroom.store.write.StoreMetrics;
import io.newsroom.schemas.InvalidEventException;
import io.newsroom.store.write.StoreOutcome;
import io.newsroom.support.tracing.RecordTracing;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Scope;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
 * <p>
 * Each article's store is a span of the article's trace, and the batch one span linked to them ({@link BatchSpans});
 * SmallRye's own tracing of the channel is off (application.properties): its spans end before the batch is stored.
 * Dead letters are counted by reason ({@link #INVALID_EVENT}, {@link #UNREADABLE}, {@link #NOT_STORED}), and each
 * article newly stored adds its time since ingest to newsroom_store_ingest_to_stored_seconds.
 */
@ApplicationScoped
public class EnrichedArticleConsumer {

    public static final String INCOMING = "enriched-articles-in";

    /** Why a record was dead-lettered, in a few words fit for a metric label (the reason header says the rest). */
    static final String INVALID_EVENT = "invalid-event";
    static final String UNREADABLE = "unreadable";
    static final String NOT_STORED = "not-stored";

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

    private final RecordTracing tracing;

    @Inject
    public EnrichedArticleConsumer(OpenTelemetry openTelemetry,
                                   @ConfigProperty(name = "quarkus.otel.sdk.disabled") boolean tracingOff) {
        this.tracing = new RecordTracing(openTelemetry, !tracingOff, "store-service");
    }

    @jakarta.annotation.PostConstruct
    void declareReasons() {
        metrics.declareDeadLetterReasons(INVALID_EVENT, UNREADABLE, NOT_STORED);
    }

    @Incoming(INCOMING)
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) {
        BatchSpans spans = BatchSpans.start(tracing, records);
        try (Scope ignored = spans.context().makeCurrent()) {
            consume(records, spans);
        } catch (RuntimeException e) {
            spans.failed(e);
            throw e;
        } finally {
            spans.end();
        }
    }

    private void consume(ConsumerRecords<String, byte[]> records, BatchSpans spans) {
        List<Parsed> parsed = new ArrayList<>(records.count());
        List<DeadLetter> dead = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                parsed.add(new Parsed(record, reader.read(record.value())));
            } catch (InvalidEventException e) {
                dead.add(new DeadLetter(record, e.getMessage(), INVALID_EVENT));
            } catch (RuntimeException e) {
                // Whatever else a record's bytes can do to the reader is that record's fault too: set it aside.
                dead.add(new DeadLetter(record, "Unreadable: " + e.getClass().getSimpleName() + ": " + e.getMessage(), UNREADABLE));
            }
        }
        storeBatch(parsed, dead, spans);
        dead.forEach(letter -> spans.deadLettered(letter.record(), letter.cause()));
        deadLetters.publish(dead);
    }

    private void storeBatch(List<Parsed> parsed, List<DeadLetter> dead, BatchSpans spans) {
        if (parsed.isEmpty()) {
            return;
        }
        try {
            List<StoreOutcome> outcomes = store.storeAll(parsed.stream().map(Parsed::article).toList());
            for (int i = 0; i < outcomes.size(); i++) {
                stored(parsed.get(i), outcomes.get(i), spans);
            }
            outage.available();
        } catch (RuntimeException batchFailure) {
            LOG.warnf("Batch of %d failed (%s); storing one by one to isolate the cause", parsed.size(), DatabaseErrors.describe(batchFailure));
            for (Parsed p : parsed) {
                storeAlone(p, dead, spans);
            }
        }
    }

    private void storeAlone(Parsed p, List<DeadLetter> dead, BatchSpans spans) {
        try {
            stored(p, store.store(p.article()), spans);
        } catch (RuntimeException e) {
            // Not an outage (ArticleStore holds those until the database is back), not a race: the record's fault.
            dead.add(new DeadLetter(p.record(), "Could not be stored: " + DatabaseErrors.describe(e), NOT_STORED));
        }
    }

    /** Called once the transaction that stored it committed. */
    private void stored(Parsed p, StoreOutcome outcome, BatchSpans spans) {
        metrics.stored(outcome);
        metrics.ingestToStored(p.article(), outcome);
        spans.stored(p.record(), outcome);
    }
}
