package dev.portico.domain.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TradingDayTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2026-02-27T15:00:00Z, 2026-02-27",   // Friday stays
        "2026-02-28T15:00:00Z, 2026-02-27",   // Saturday -> Friday
        "2026-03-01T15:00:00Z, 2026-02-27",   // Sunday -> Friday
        "2026-03-02T15:00:00Z, 2026-03-02",   // Monday stays
        "2026-03-02T03:00:00Z, 2026-02-27",   // still Sunday 1 March 22:00 in New York
        "2026-03-02T04:59:59Z, 2026-02-27",   // Sunday 23:59:59 EST
        "2026-03-02T05:00:00Z, 2026-03-02",   // Monday 00:00 EST
        "2026-02-28T04:59:59Z, 2026-02-27",   // Friday 23:59:59 EST
        "2026-02-28T05:00:00Z, 2026-02-27"})  // Saturday 00:00 EST
    void givenAnInstant_of_givesItsNewYorkTradingDay(Instant instant, LocalDate expected) {
        assertThat(TradingDay.of(instant, NEW_YORK)).isEqualTo(expected);
    }

    // 2026: clocks go forward on Sunday 8 March (EST -> EDT), back on Sunday 1 November (EDT -> EST).
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2026-03-08T06:59:59Z, 2026-03-06",   // Sunday 01:59:59 EST, the spring-forward day
        "2026-03-08T07:00:00Z, 2026-03-06",   // Sunday 03:00 EDT
        "2026-03-09T03:59:59Z, 2026-03-06",   // Sunday 23:59:59 EDT
        "2026-03-09T04:00:00Z, 2026-03-09",   // Monday 00:00 EDT (an hour earlier in UTC than a week before)
        "2026-03-07T04:59:59Z, 2026-03-06",   // Friday 23:59:59 EST
        "2026-03-13T03:59:59Z, 2026-03-12",   // Thursday 23:59:59 EDT
        "2026-03-13T04:00:00Z, 2026-03-13",   // Friday 00:00 EDT
        "2026-11-01T05:30:00Z, 2026-10-30",   // Sunday 01:30 EDT, the fall-back day
        "2026-11-01T06:30:00Z, 2026-10-30",   // Sunday 01:30 EST, the repeated hour
        "2026-11-02T04:59:59Z, 2026-10-30",   // Sunday 23:59:59 EST
        "2026-11-02T05:00:00Z, 2026-11-02",   // Monday 00:00 EST
        "2026-10-31T03:59:59Z, 2026-10-30",   // Friday 23:59:59 EDT
        "2026-10-31T04:00:00Z, 2026-10-30"})  // Saturday 00:00 EDT
    void givenAnInstantAroundADaylightSavingChange_of_givesItsNewYorkTradingDay(Instant instant, LocalDate expected) {
        assertThat(TradingDay.of(instant, NEW_YORK)).isEqualTo(expected);
    }
}
