package io.newsroom.store.database;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether the store is in a database outage, so that an outage is logged once when it begins and once when it
 * ends, however many writes, queries and stream polls run into it meanwhile (a line per poll or request buried
 * the log in identical stack traces).
 */
@ApplicationScoped
public class DatabaseOutage {

    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class);

    private final AtomicReference<Instant> since = new AtomicReference<>();

    /** Something found the database away; the first such report of an outage is logged. */
    public void failed(String where, Throwable cause) {
        if (since.compareAndSet(null, Instant.now())) {
            LOG.warnf("Database unavailable (first seen by %s: %s): records are held and retried, queries answer 503, "
                    + "readiness is down until it answers again", where, cause == null ? "no answer" : DatabaseErrors.describe(cause));
        }
    }

    /** Something used the database successfully; ends an outage if one was going on. */
    public void available() {
        Instant began = since.getAndSet(null);
        if (began != null) {
            LOG.infof("Database available again after %d s", Duration.between(began, Instant.now()).toSeconds());
        }
    }
}
