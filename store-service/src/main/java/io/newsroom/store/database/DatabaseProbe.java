package io.newsroom.store.database;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Asynchronous;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Whether the database answers a trivial round trip. Tells an outage (hold the records, retry later) from an event
 * the database refuses (set it aside), and drives readiness.
 */
@ApplicationScoped
public class DatabaseProbe {

    /** Longest wait for the database's answer once a connection is in hand. */
    static final int VALID_SECONDS = 2;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DatabaseOutage outage;

    /**
     * The same check with an answer in 2 s whatever the database does: a frozen server (accepts TCP, never answers)
     * can hold a connection attempt for the pool's acquisition timeout plus the round trip. A check still waiting
     * keeps later ones out (bulkhead), so a frozen server never piles up probing threads.
     */
    @Asynchronous
    @Timeout(2000)
    @Bulkhead(value = 1, waitingTaskQueue = 1)
    public CompletionStage<Boolean> answersWithinTwoSeconds() {
        return CompletableFuture.completedFuture(isReachable());
    }

    public boolean isReachable() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(VALID_SECONDS)) {
                outage.available();
                return true;
            }
            outage.failed("the database probe", null);
        } catch (SQLException e) {
            outage.failed("the database probe", e);
        }
        // Pooled connections to a server that went away are dead: close the idle ones now and the busy ones when
        // they are returned, so that the first requests after the database returns do not fail on them.
        dataSource.flush(AgroalDataSource.FlushMode.GRACEFUL);
        return false;
    }
}
