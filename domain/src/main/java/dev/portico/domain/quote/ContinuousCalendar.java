package dev.portico.domain.quote;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/** Every local calendar day is a session from midnight to midnight, weekends included. */
public record ContinuousCalendar(ZoneId zone) implements MarketCalendar {

    public ContinuousCalendar {
        Objects.requireNonNull(zone, "zone");
    }

    @Override
    public boolean trades(LocalDate date) {
        return true;
    }

    @Override
    public LocalDate tradingDayOf(LocalDate date) {
        return date;
    }

    @Override
    public LocalDate previous(LocalDate tradingDay) {
        return tradingDay.minusDays(1);
    }

    @Override
    public Instant opens(LocalDate tradingDay) {
        return tradingDay.atStartOfDay(zone).toInstant();
    }

    @Override
    public Instant closes(LocalDate tradingDay) {
        return opens(tradingDay.plusDays(1));
    }

    @Override
    public long number(LocalDate tradingDay) {
        return tradingDay.toEpochDay();
    }

    @Override
    public int sessionsPerYear() {
        return 365;
    }
}
