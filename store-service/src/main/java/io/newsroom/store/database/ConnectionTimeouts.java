package io.newsroom.store.database;

import io.agroal.api.AgroalPoolInterceptor;
import io.newsroom.store.config.StoreConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executor;

/**
 * Every connection taken from the pool waits at most the query limit for the server's answer (JDBC network
 * timeout). statement_timeout only works while the server runs: a frozen server (stopped, or a network that drops
 * packets) never answers, and a list query hung 20 s. Writes raise it for their transaction
 * ({@link #forWrites}); Agroal puts the pool's default back when the connection is returned.
 * <p>
 * Not during start-up: Flyway's migrations use the same pool and may run long statements on a large archive.
 */
@ApplicationScoped
public class ConnectionTimeouts implements AgroalPoolInterceptor {

    /** The driver applies the timeout itself; no executor work is involved. */
    private static final Executor DIRECT = Runnable::run;

    @Inject
    StoreConfig config;

    private volatile boolean serving;

    void serving(@Observes StartupEvent started) {
        serving = true;
    }

    @Override
    public void onConnectionAcquire(Connection connection) {
        if (serving) {
            set(connection, config.queryTimeoutSeconds() * 1000);
        }
    }

    /**
     * The write limit for the connection of a storing transaction. A property of the connection, not a statement (it
     * bounds waits for a server that no longer answers at all), so it is set on the session's connection itself.
     */
    public void forWrites(EntityManager em) {
        em.unwrap(Session.class).doWork(connection -> set(connection, (int) config.writeTimeout().toMillis()));
    }

    private static void set(Connection connection, int millis) {
        try {
            connection.setNetworkTimeout(DIRECT, millis);
        } catch (SQLException e) {
            // A connection that cannot take a timeout is broken; its first statement fails and says so.
        }
    }
}
