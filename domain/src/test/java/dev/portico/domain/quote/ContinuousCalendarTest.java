package dev.portico.domain.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContinuousCalendarTest {

    private static final MarketCalendar NEW_YORK = MarketCalendar.continuous(ZoneId.of("America/New_York"));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2026-02-28T15:00:00Z, 2026-02-28, 2026-02-27",   // Saturday trades
        "2026-03-01T04:59:59Z, 2026-02-28, 2026-02-27",   // Saturday 23:59:59 EST
        "2026-03-01T05:00:00Z, 2026-03-01, 2026-02-28",   // Sunday 00:00 EST
        "2026-03-02T14:00:00Z, 2026-03-02, 2026-03-01"})  // Monday 09:00 EST, no opening bell
    void givenAnInstant_theCurrentDayIsTheLocalDateAndTheDayBeforeClosedLast(Instant instant, LocalDate current,
            LocalDate closed) {
        assertThat(NEW_YORK.currentDay(instant)).isEqualTo(current);
        assertThat(NEW_YORK.lastClosedDay(instant)).isEqualTo(closed);
    }

    @Test
    void everyDayTradesAndFollowsTheDayBefore() {
        LocalDate saturday = LocalDate.of(2026, 3, 7);

        assertThat(NEW_YORK.trades(saturday)).isTrue();
        assertThat(NEW_YORK.tradingDayOf(saturday)).isEqualTo(saturday);
        assertThat(NEW_YORK.previous(saturday)).isEqualTo(saturday.minusDays(1));
        assertThat(NEW_YORK.number(saturday)).isEqualTo(NEW_YORK.number(saturday.minusDays(1)) + 1);
    }

    @Test
    void aSessionLastsFromMidnightToMidnightSoDaylightSavingDaysAreShorterOrLonger() {
        LocalDate springForward = LocalDate.of(2026, 3, 8);
        LocalDate fallBack = LocalDate.of(2026, 11, 1);

        assertThat(NEW_YORK.opens(springForward)).isEqualTo(Instant.parse("2026-03-08T05:00:00Z"));
        assertThat(Duration.between(NEW_YORK.opens(springForward), NEW_YORK.closes(springForward))).hasHours(23);
        assertThat(Duration.between(NEW_YORK.opens(fallBack), NEW_YORK.closes(fallBack))).hasHours(25);
        assertThat(NEW_YORK.closes(springForward)).isEqualTo(NEW_YORK.opens(springForward.plusDays(1)));
    }
}
