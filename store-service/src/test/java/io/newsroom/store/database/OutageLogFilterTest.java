package io.newsroom.store.database;

import org.junit.jupiter.api.Test;

import javax.transaction.xa.XAException;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The transaction manager's rollback warning is dropped only when the connection died with the server; the same
 * warning for any other cause, and every other message, still reach the log.
 */
class OutageLogFilterTest {

    private final OutageLogFilter filter = new OutageLogFilter();

    @Test
    void shouldDropTheRollbackWarningOfAConnectionThatDiedWithTheServer() {
        XAException xa = new XAException(XAException.XAER_RMERR);
        xa.initCause(new SQLException("This connection has been closed.", "08003"));

        assertThat(filter.isLoggable(record("ARJUNA016045: attempted rollback of < formatId=131077 > failed", xa))).isFalse();
    }

    @Test
    void shouldKeepTheRollbackWarningForAnyOtherCause() {
        XAException xa = new XAException(XAException.XAER_RMERR);
        xa.initCause(new SQLException("deadlock detected", "40P01"));

        assertThat(filter.isLoggable(record("ARJUNA016045: attempted rollback failed", xa))).isTrue();
        assertThat(filter.isLoggable(record("ARJUNA016045: attempted rollback failed", null))).isTrue();
    }

    @Test
    void shouldKeepOtherMessagesEvenWhenTheDatabaseIsAway() {
        SQLException gone = new SQLException("This connection has been closed.", "08003");

        assertThat(filter.isLoggable(record("Database unavailable (first seen by the consumer)", gone))).isTrue();
        assertThat(filter.isLoggable(record("ARJUNA012117: TransactionReaper::check timeout", gone))).isTrue();
    }

    private static LogRecord record(String message, Throwable thrown) {
        LogRecord record = new LogRecord(Level.WARNING, message);
        record.setThrown(thrown);
        return record;
    }
}
