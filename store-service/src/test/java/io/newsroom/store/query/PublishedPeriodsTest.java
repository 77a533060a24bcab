package io.newsroom.store.query;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The date-range facet's periods: as fine as the matches' span allows, newest first, bounds the list takes. */
class PublishedPeriodsTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void shouldCountByDayWithinAMonth() {
        var periods = PublishedPeriods.of(Map.of(d("2026-11-02"), 3L, d("2026-11-29"), 1L));
        assertThat(periods).extracting(PublishedPeriods.Period::value).containsExactly("2026-11-29", "2026-11-02");
        assertThat(periods.get(0).from()).isEqualTo(d("2026-11-29"));
        assertThat(periods.get(0).to()).isEqualTo(d("2026-11-30"));
    }

    @Test
    void shouldCountByMonthUpToTwoYearsAndAddUpTheirDays() {
        var periods = PublishedPeriods.of(Map.of(d("2025-11-30"), 2L, d("2026-01-01"), 1L, d("2026-01-20"), 4L));
        assertThat(periods).extracting(PublishedPeriods.Period::value).containsExactly("2026-01", "2025-11");
        assertThat(periods).extracting(PublishedPeriods.Period::count).containsExactly(5L, 2L);
        assertThat(periods.get(1).from()).isEqualTo(d("2025-11-01"));
        assertThat(periods.get(1).to()).isEqualTo(d("2025-12-01"));
    }

    @Test
    void shouldCountByYearBeyondTwoYears() {
        var periods = PublishedPeriods.of(Map.of(d("2019-03-01"), 1L, d("2026-05-05"), 2L, d("2026-12-31"), 1L));
        assertThat(periods).extracting(PublishedPeriods.Period::value).containsExactly("2026", "2019");
        assertThat(periods.get(0).count()).isEqualTo(3);
        assertThat(periods.get(0).to()).isEqualTo(d("2027-01-01"));
    }

    @Test
    void shouldLeaveTheEndOpenWhereTheListsParametersStopAndHaveNoPeriodsWithoutMatches() {
        var periods = PublishedPeriods.of(Map.of(d("0001-01-01"), 1L, d("9999-12-31"), 1L));
        assertThat(periods).extracting(PublishedPeriods.Period::value).containsExactly("9999", "0001");
        assertThat(periods.get(0).to()).isNull();
        assertThat(periods.get(1).to()).isEqualTo(d("0002-01-01"));
        assertThat(PublishedPeriods.of(Map.of())).isEmpty();
    }
}
