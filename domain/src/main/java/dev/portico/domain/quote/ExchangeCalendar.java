package dev.portico.domain.quote;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/** Monday to Friday, 09:30 to 16:00 in the exchange's time zone; a weekend belongs to its Friday. */
public record ExchangeCalendar(ZoneId zone) implements MarketCalendar {

    private static final LocalTime OPEN = LocalTime.of(9, 30);
    private static final LocalTime CLOSE = LocalTime.of(16, 0);
    private static final LocalDate FIRST_MONDAY = LocalDate.of(1970, 1, 5);
    private static final int WEEKDAYS = 5;

    public ExchangeCalendar {
        Objects.requireNonNull(zone, "zone");
    }

    @Override
    public boolean trades(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    @Override
    public LocalDate tradingDayOf(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> date.minusDays(1);
            case SUNDAY -> date.minusDays(2);
            default -> date;
        };
    }

    @Override
    public LocalDate previous(LocalDate tradingDay) {
        return tradingDayOf(tradingDay.minusDays(1));
    }

    @Override
    public Instant opens(LocalDate tradingDay) {
        return tradingDay.atTime(OPEN).atZone(zone).toInstant();
    }

    @Override
    public Instant closes(LocalDate tradingDay) {
        return tradingDay.atTime(CLOSE).atZone(zone).toInstant();
    }

    @Override
    public long number(LocalDate tradingDay) {
        long days = tradingDayOf(tradingDay).toEpochDay() - FIRST_MONDAY.toEpochDay();
        return Math.floorDiv(days, 7) * WEEKDAYS + Math.floorMod(days, 7);
    }

    @Override
    public int sessionsPerYear() {
        return 252;
    }
}
