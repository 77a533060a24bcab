package io.newsroom.store.pipeline;

import io.newsroom.store.database.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * How fast the store is writing, from its change log: every stored article version takes the next change number
 * (write.ChangeLog), and the article row keeps when it was stored. Only the newest {@link #WINDOW} changes are looked at,
 * found through the change log's primary key, so the answer costs the same on an archive of any size; above that many
 * writes an hour the hourly figure says "at least".
 */
@ApplicationScoped
public class StoreRate {

    static final int WINDOW = 10_000;

    /**
     * @param lastMinute article writes stored in the last 60 seconds
     * @param lastHour   article writes stored in the last hour (at least, when {@code capped})
     * @param capped     true when the hour held more writes than were counted
     */
    public record Rate(long lastMinute, long lastHour, boolean capped, double perSecond) {
    }

    @Inject
    Jdbc jdbc;

    public Rate current() {
        return jdbc.list("Store rate", """
                SELECT count(*) FILTER (WHERE a.stored_at > now() - interval '1 minute'),
                       count(*) FILTER (WHERE a.stored_at > now() - interval '1 hour'), count(*)
                FROM (SELECT article_id FROM article_change ORDER BY seq DESC LIMIT ?) c JOIN article a ON a.id = c.article_id""",
                List.of(WINDOW), rs -> {
                    long minute = rs.getLong(1);
                    long hour = rs.getLong(2);
                    return new Rate(minute, hour, hour >= WINDOW, Math.round(minute / 60.0 * 100) / 100.0);
                }).get(0);
    }
}
