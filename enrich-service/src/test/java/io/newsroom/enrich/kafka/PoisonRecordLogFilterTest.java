package io.newsroom.enrich.kafka;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/** A poison record is logged once (by the failure handler), not also as SmallRye's stack trace; nothing else is hidden. */
class PoisonRecordLogFilterTest {

    private final PoisonRecordLogFilter filter = new PoisonRecordLogFilter();

    @Test
    void shouldDropOnlySmallRyesReportOfTheProcessorsException() {
        assertThat(filter.isLoggable(record("SRMSG00200: The method " + RawArticleProcessor.class.getName()
                + "#process has thrown an exception"))).isFalse();
        assertThat(filter.isLoggable(record("SRMSG00200: The method some.Other#method has thrown an exception"))).isTrue();
        assertThat(filter.isLoggable(record("SRMSG18228: A failure has been reported for Kafka topics"))).isTrue();
        assertThat(filter.isLoggable(record("Dead-lettered news.articles.raw.v1-0@1 key=k: Not JSON"))).isTrue();
    }

    private static ExtLogRecord record(String message) {
        return new ExtLogRecord(Level.SEVERE, message, ExtLogRecord.FormatStyle.NO_FORMAT, PoisonRecordLogFilterTest.class.getName());
    }
}
