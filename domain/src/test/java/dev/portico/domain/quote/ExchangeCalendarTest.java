package dev.portico.domain.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExchangeCalendarTest {

    private static final MarketCalendar NEW_YORK = MarketCalendar.exchange(ZoneId.of("America/New_York"));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2026-02-27T15:00:00Z, 2026-02-27",   // Friday 10:00 EST stays
        "2026-02-28T15:00:00Z, 2026-02-27",   // Saturday -> Friday
        "2026-03-01T15:00:00Z, 2026-02-27",   // Sunday -> Friday
        "2026-03-02T15:00:00Z, 2026-03-02",   // Monday 10:00 EST stays
        "2026-03-02T14:29:59Z, 2026-02-27",   // Monday 09:29:59 EST, before the open: still Friday's session
        "2026-03-02T14:30:00Z, 2026-03-02",   // Monday 09:30 EST, the open
        "2026-03-02T03:00:00Z, 2026-02-27",   // still Sunday 1 March 22:00 in New York
        "2026-03-02T05:00:00Z, 2026-02-27",   // Monday 00:00 EST, hours before the open
        "2026-02-28T04:59:59Z, 2026-02-27",   // Friday 23:59:59 EST
        "2026-03-03T14:00:00Z, 2026-03-02"})  // Tuesday 09:00 EST: Monday's session was the last to open
    void givenAnInstant_currentDay_isTheLastSessionThatOpened(Instant instant, LocalDate expected) {
        assertThat(NEW_YORK.currentDay(instant)).isEqualTo(expected);
    }

    // 2026: clocks go forward on Sunday 8 March (EST -> EDT), back on Sunday 1 November (EDT -> EST).
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2026-03-08T07:00:00Z, 2026-03-06",   // Sunday 03:00 EDT, the spring-forward day
        "2026-03-09T13:29:59Z, 2026-03-06",   // Monday 09:29:59 EDT
        "2026-03-09T13:30:00Z, 2026-03-09",   // Monday 09:30 EDT: an hour earlier in UTC than a week before
        "2026-03-06T14:29:59Z, 2026-03-05",   // Friday 09:29:59 EST
        "2026-11-01T06:30:00Z, 2026-10-30",   // Sunday 01:30 EST, the repeated hour
        "2026-11-02T14:29:59Z, 2026-10-30",   // Monday 09:29:59 EST
        "2026-11-02T14:30:00Z, 2026-11-02",   // Monday 09:30 EST
        "2026-10-30T13:30:00Z, 2026-10-30"})  // Friday 09:30 EDT
    void givenAnInstantAroundADaylightSavingChange_currentDay_followsNewYorkTime(Instant instant, LocalDate expected) {
        assertThat(NEW_YORK.currentDay(instant)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2026-03-04T20:59:59Z, 2026-03-03",   // Wednesday 15:59:59 EST: Tuesday closed last
        "2026-03-04T21:00:00Z, 2026-03-04",   // Wednesday 16:00 EST: the close
        "2026-03-05T14:00:00Z, 2026-03-04",   // Thursday before the open
        "2026-03-08T12:00:00Z, 2026-03-06",   // Sunday: Friday
        "2026-03-09T15:00:00Z, 2026-03-06"})  // Monday during the session: Friday
    void givenAnInstant_lastClosedDay_isTheLastSessionThatClosed(Instant instant, LocalDate expected) {
        assertThat(NEW_YORK.lastClosedDay(instant)).isEqualTo(expected);
    }

    @Test
    void weekdaysTradeAndWeekendsBelongToFriday() {
        LocalDate friday = LocalDate.of(2026, 3, 6);

        assertThat(NEW_YORK.trades(friday)).isTrue();
        assertThat(NEW_YORK.trades(friday.plusDays(1))).isFalse();
        assertThat(NEW_YORK.trades(friday.plusDays(2))).isFalse();
        assertThat(NEW_YORK.tradingDayOf(friday.plusDays(2))).isEqualTo(friday);
        assertThat(NEW_YORK.previous(friday.plusDays(3))).isEqualTo(friday);
    }

    @Test
    void consecutiveTradingDaysHaveConsecutiveNumbers() {
        LocalDate monday = LocalDate.of(2026, 3, 2);
        for (int day = 0; day < 30; day++) {
            LocalDate date = monday.plusDays(day);
            if (NEW_YORK.trades(date)) {
                assertThat(NEW_YORK.number(date)).isEqualTo(NEW_YORK.number(NEW_YORK.previous(date)) + 1);
            }
        }
    }

    @Test
    void theSessionRunsFromHalfPastNineToFourLocalTime() {
        LocalDate day = LocalDate.of(2026, 7, 1);

        assertThat(NEW_YORK.opens(day)).isEqualTo(Instant.parse("2026-07-01T13:30:00Z"));
        assertThat(NEW_YORK.closes(day)).isEqualTo(Instant.parse("2026-07-01T20:00:00Z"));
    }
}
