package io.newsroom.store.query;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The date-range facet: the matches' days (UTC, by the time they sort by) grouped into periods a reader can click,
 * as fine as the range allows. Days when the matches span a month at most, months up to two years, years beyond:
 * a live wire of this week narrows by day, an archive of a decade by year. Newest period first.
 */
public final class PublishedPeriods {

    /**
     * One period and how many matches fall in it. {@code from} (inclusive) and {@code to} (exclusive) are dates,
     * midnight UTC, exactly as the list's {@code from} and {@code to} parameters take them; {@code to} is null for a
     * period that ends after the last date those parameters take (year 9999).
     */
    public record Period(String value, LocalDate from, LocalDate to, long count) {
    }

    static final int MAX_DAYS_BY_DAY = 31;
    private static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);
    static final int MAX_DAYS_BY_MONTH = 731;

    private PublishedPeriods() {
    }

    /** @param perDay matches per UTC day */
    public static List<Period> of(Map<LocalDate, Long> perDay) {
        if (perDay.isEmpty()) {
            return List.of();
        }
        TreeMap<LocalDate, Long> days = new TreeMap<>(perDay);
        long span = ChronoUnit.DAYS.between(days.firstKey(), days.lastKey());
        ChronoUnit unit = span < MAX_DAYS_BY_DAY ? ChronoUnit.DAYS : span < MAX_DAYS_BY_MONTH ? ChronoUnit.MONTHS : ChronoUnit.YEARS;
        TreeMap<LocalDate, Long> periods = new TreeMap<>();
        days.forEach((day, count) -> periods.merge(start(day, unit), count, Long::sum));
        List<Period> out = new ArrayList<>(periods.size());
        periods.descendingMap().forEach((start, count) -> {
            LocalDate end = start.plus(1, unit);
            out.add(new Period(value(start, unit), start, end.isAfter(LAST_DATE) ? null : end, count));
        });
        return out;
    }

    private static LocalDate start(LocalDate day, ChronoUnit unit) {
        return switch (unit) {
            case DAYS -> day;
            case MONTHS -> day.withDayOfMonth(1);
            default -> day.withDayOfYear(1);
        };
    }

    /** 2026-09-13, 2026-09 or 2026: the period in ISO-8601's own shortening. */
    private static String value(LocalDate start, ChronoUnit unit) {
        String iso = start.toString();
        return switch (unit) {
            case DAYS -> iso;
            case MONTHS -> iso.substring(0, iso.length() - 3);
            default -> iso.substring(0, iso.length() - 6);
        };
    }
}
