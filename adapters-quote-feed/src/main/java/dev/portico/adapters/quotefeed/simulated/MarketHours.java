package dev.portico.adapters.quotefeed.simulated;

import dev.portico.domain.quote.TradingDay;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** The regular session, 09:30 to 16:00 in the market's time zone, Monday to Friday (no holidays). */
final class MarketHours {

    static final int BEFORE_OPEN = -1;
    private static final LocalTime OPEN = LocalTime.of(9, 30);
    private static final LocalDate FIRST_MONDAY = LocalDate.of(1970, 1, 5);

    private final ZoneId market;

    MarketHours(ZoneId market) {
        this.market = market;
    }

    LocalDate today(Instant now) {
        return TradingDay.of(now, market);
    }

    /** The trading day a date belongs to: a weekend belongs to its Friday. */
    LocalDate tradingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY) {
            return date.minusDays(1);
        }
        return day == DayOfWeek.SUNDAY ? date.minusDays(2) : date;
    }

    /** Trading days since the first Monday of 1970: consecutive trading days have consecutive indexes. */
    long index(LocalDate tradingDay) {
        long days = tradingDay.toEpochDay() - FIRST_MONDAY.toEpochDay();
        return Math.floorDiv(days, 7) * 5 + Math.floorMod(days, 7);
    }

    /** Seconds of the day's session gone by at {@code now}: {@link #BEFORE_OPEN}, or 0 to the session's length. */
    int elapsed(LocalDate tradingDay, Instant now) {
        ZonedDateTime open = tradingDay.atTime(OPEN).atZone(market);
        if (now.isBefore(open.toInstant())) {
            return BEFORE_OPEN;
        }
        long seconds = Duration.between(open.toInstant(), now).toSeconds();
        return (int) Math.min(seconds, SessionPath.SECONDS);
    }
}
