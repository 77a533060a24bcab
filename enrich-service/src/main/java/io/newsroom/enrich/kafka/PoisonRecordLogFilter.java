package io.newsroom.enrich.kafka;

import io.quarkus.logging.LoggingFilter;
import org.jboss.logmanager.ExtLogRecord;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * One log line per poison record: SmallRye logs every exception thrown by the processor method at ERROR with its stack
 * trace (SRMSG00200), although such a record is a handled case — {@link DeadLetterFailureHandler} sets it aside and
 * logs it once, with topic, partition, offset, key and reason. Only that message about that method is dropped.
 */
@LoggingFilter(name = "poison-records")
public final class PoisonRecordLogFilter implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
        return message == null || !(message.startsWith("SRMSG00200")
                && message.contains(RawArticleProcessor.class.getName() + "#process"));
    }
}
