package io.newsroom.store.database;

import io.quarkus.logging.LoggingFilter;
import org.jboss.logmanager.ExtLogRecord;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * An outage is logged once ({@link DatabaseOutage}), not also as the transaction manager's stack traces: when the
 * server dies under open transactions, Narayana warns ARJUNA016045 ("attempted rollback … XAER_RMERR") with ~100 lines
 * of stack for each connection it can no longer roll back (two per kill -9 of PostgreSQL, found from outside). A
 * rollback on a connection that is gone changes nothing (the server dropped the transaction with it), so only that
 * warning, and only when its cause is the outage itself, is dropped; every other transaction-manager warning stays.
 */
@LoggingFilter(name = "database-outage")
public final class OutageLogFilter implements Filter {

    static final String ROLLBACK_FAILED = "ARJUNA016045";

    @Override
    public boolean isLoggable(LogRecord record) {
        String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
        return message == null || !message.startsWith(ROLLBACK_FAILED)
                || record.getThrown() == null || !DatabaseErrors.isOutage(record.getThrown());
    }
}
