package io.newsroom.store;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * What the application under test logs (the JUL root, where Quarkus' log manager publishes), at or above a level,
 * without the loggers of the test's own infrastructure. {@link #start()} before the test, {@link #stop()} after.
 */
final class CapturedLogs extends Handler {

    private static final SimpleFormatter FORMATTER = new SimpleFormatter();

    private final Level minimum;
    private final List<String> ignoredLoggers;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    /** @param ignoredLoggers prefixes of logger names left out (e.g. the embedded database's) */
    CapturedLogs(Level minimum, String... ignoredLoggers) {
        this.minimum = minimum;
        this.ignoredLoggers = List.of(ignoredLoggers);
    }

    void start() {
        Logger.getLogger("").addHandler(this);
    }

    void stop() {
        Logger.getLogger("").removeHandler(this);
    }

    List<LogRecord> records() {
        return records;
    }

    void clear() {
        records.clear();
    }

    /** A record as a log file shows it: "logger: message", then the stack trace if there is one. */
    static String text(LogRecord record) {
        StringWriter text = new StringWriter().append(record.getLoggerName()).append(": ").append(FORMATTER.formatMessage(record));
        if (record.getThrown() != null) {
            record.getThrown().printStackTrace(new PrintWriter(text));
        }
        return text.toString();
    }

    @Override
    public void publish(LogRecord record) {
        String logger = record.getLoggerName() == null ? "" : record.getLoggerName();
        if (record.getLevel().intValue() >= minimum.intValue() && ignoredLoggers.stream().noneMatch(logger::startsWith)) {
            records.add(record);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
