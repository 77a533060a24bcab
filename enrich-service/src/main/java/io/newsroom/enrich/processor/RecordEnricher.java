package io.newsroom.enrich.processor;

import io.newsroom.enrich.enrichment.ArticleEnrichment;
import io.newsroom.enrich.enrichment.EnrichedEventBudget;
import io.newsroom.enrich.enrichment.RawArticleReader;
import io.newsroom.schemas.DeadLetters;
import io.newsroom.schemas.InvalidEventException;
import io.newsroom.schemas.RawArticle;
import io.newsroom.schemas.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * One raw record → the one record it yields: its enriched event on news.articles.enriched.v1 keyed by article id, or,
 * when it cannot be enriched (not JSON, not a valid raw event, not storable), its dead letter on
 * news.dlq.enrich-service.v1 with the reason — copied when it fits, a reference (DeadLetters) when it does not.
 */
@ApplicationScoped
public class RecordEnricher {

    /** Why a record was dead-lettered, in a few words fit for a metric label (the reason header says the rest). */
    public static final String INVALID_EVENT = "invalid-event";
    public static final String ENRICHMENT_FAILED = "enrichment-failed";
    public static final String OUTPUT_REFUSED = "output-refused";

    /**
     * What a raw record yields; {@code reason} (the dead-letter-reason header) and {@code cause} (one of the constants
     * above) are null for an enriched event.
     */
    public record Outcome(ProducerRecord<String, byte[]> record, String reason, String cause) {

        public boolean deadLetter() {
            return reason != null;
        }
    }

    @Inject
    RawArticleReader reader;

    @Inject
    ArticleEnrichment enrichment;

    @Inject
    EnrichedEventBudget budget;

    public Outcome enrich(ConsumerRecord<String, byte[]> record) {
        try {
            RawArticle raw = reader.read(record.value());
            byte[] enriched = budget.serialise(enrichment.enrich(raw));
            return new Outcome(new ProducerRecord<>(Topics.ENRICHED, raw.id(), enriched), null, null);
        } catch (InvalidEventException e) {
            return deadLetter(record, e.getMessage(), INVALID_EVENT, false);
        } catch (RuntimeException e) {
            return deadLetter(record, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(),
                    ENRICHMENT_FAILED, false);
        } catch (StackOverflowError e) {
            // One article's analysis ran too deep (a pathological input for some pattern): the stack has unwound, the
            // loop's state is intact, and the article is set aside instead of ending the consumer thread.
            return deadLetter(record, "the article's analysis ran out of stack", ENRICHMENT_FAILED, false);
        }
    }

    /**
     * The dead letter of {@code record}; {@code byReference} when the broker refused what was sent for it before (an
     * enriched event or a copy over a limit lower than Kafka's defaults), so that any record can be set aside.
     */
    public Outcome deadLetter(ConsumerRecord<String, byte[]> record, String reason, String cause, boolean byReference) {
        DeadLetters.Origin origin = DeadLetters.Origin.of(record);
        return new Outcome(byReference ? DeadLetters.reference(Topics.ENRICH_DEAD_LETTER, origin, reason)
                : DeadLetters.letter(Topics.ENRICH_DEAD_LETTER, origin, reason), reason, cause);
    }
}
