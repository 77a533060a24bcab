package io.newsroom.enrich.processor;

import io.newsroom.enrich.enrichment.ArticleEnrichment;
import io.newsroom.enrich.enrichment.RawArticleReader;
import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.schemas.RawArticle;
import io.newsroom.schemas.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article whose analysis fails is set aside with its reason, and the enricher goes on: an exception, and also a
 * stack overflow, which would otherwise end the consumer's thread (a pattern recursing once per word did, on a long
 * run of capitals, before it was rewritten).
 */
class RecordEnricherTest {

    @Test
    void shouldDeadLetterAnArticleWhoseAnalysisOverflowsTheStack() {
        RecordEnricher enricher = new RecordEnricher();
        enricher.reader = new RawArticleReader() {
            @Override
            public RawArticle read(byte[] value) {
                return null; // the failing analysis below never looks at it
            }
        };
        enricher.enrichment = new ArticleEnrichment() {
            @Override
            public EnrichedArticle enrich(RawArticle raw) {
                throw new StackOverflowError();
            }
        };
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(Topics.RAW, 3, 42L, "id-1",
                "{}".getBytes(StandardCharsets.UTF_8));

        RecordEnricher.Outcome outcome = enricher.enrich(record);

        assertThat(outcome.deadLetter()).isTrue();
        assertThat(outcome.record().topic()).isEqualTo(Topics.ENRICH_DEAD_LETTER);
        assertThat(outcome.reason()).contains("ran out of stack");
        assertThat(outcome.cause()).isEqualTo(RecordEnricher.ENRICHMENT_FAILED);
    }
}
