package io.newsroom.store.query;

import io.newsroom.store.database.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How often an entity was in the news, day by day: the visible articles that mention it per UTC day of their
 * publication time (the archive's sort time), for the chart on an entity page.
 */
@ApplicationScoped
public class EntityTimeline {

    /** One UTC day and the number of visible articles published that day that mention the entity. */
    public record Point(String date, long count) {
    }

    /**
     * Every day from {@code from} to {@code to} (both inclusive, UTC), oldest first, days without articles as 0, so a
     * client draws the series without filling gaps itself.
     */
    public record Timeline(String key, int days, String from, String to, long total, List<Point> points) {
    }

    @Inject
    Jdbc jdbc;

    Clock clock = Clock.systemUTC();

    /** The last {@code days} days up to and including today (UTC); articles dated in the future are not counted. */
    public Timeline of(String key, int days) {
        LocalDate to = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate from = to.minusDays(days - 1L);
        Map<LocalDate, Long> counts = new HashMap<>();
        // article_entity carries its article's sort time (index entity_key, sort_time): the range is read from the
        // index, and only the entity's articles in it are joined to leave out canceled ones.
        jdbc.list("Entity timeline", """
                SELECT (ae.sort_time AT TIME ZONE 'UTC')::date, count(*) FROM article_entity ae
                JOIN article a ON a.id = ae.article_id AND a.pub_status <> 'canceled'
                WHERE ae.entity_key = ? AND ae.sort_time >= ? AND ae.sort_time < ? GROUP BY 1""",
                List.of(key, from.atStartOfDay(ZoneOffset.UTC).toInstant(), to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()),
                rs -> counts.put(rs.getObject(1, LocalDate.class), rs.getLong(2)));
        List<Point> points = new ArrayList<>(days);
        long total = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            long count = counts.getOrDefault(day, 0L);
            total += count;
            points.add(new Point(day.toString(), count));
        }
        return new Timeline(key, days, from.toString(), to.toString(), total, points);
    }
}
