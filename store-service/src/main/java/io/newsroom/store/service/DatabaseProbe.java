package io.newsroom.store.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Tells a database outage (retry later, commit nothing) from an event the database refuses (set it aside):
 * if the database answers a trivial query, a failing event is the event's fault.
 */
@ApplicationScoped
public class DatabaseProbe {

    @Inject
    AgroalDataSource dataSource;

    public boolean isReachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
