package dev.portico.domain.quote;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When a market trades: which trading day a moment belongs to, and when each day's session opens and
 * closes. A moment between two sessions belongs to the last session that opened.
 */
public sealed interface MarketCalendar permits ExchangeCalendar, ContinuousCalendar {

    /** The regular exchange session, 09:30 to 16:00 local time, Monday to Friday (no holidays). */
    static MarketCalendar exchange(ZoneId zone) {
        return new ExchangeCalendar(zone);
    }

    /** A market that never closes: each local calendar day is one session, midnight to midnight. */
    static MarketCalendar continuous(ZoneId zone) {
        return new ContinuousCalendar(zone);
    }

    ZoneId zone();

    /** Whether the market has a session on this local date. */
    boolean trades(LocalDate date);

    /** The trading day a date belongs to: a date without a session belongs to the trading day before it. */
    LocalDate tradingDayOf(LocalDate date);

    /** The trading day before {@code tradingDay}. */
    LocalDate previous(LocalDate tradingDay);

    Instant opens(LocalDate tradingDay);

    Instant closes(LocalDate tradingDay);

    /** Trading days counted from a fixed epoch: consecutive trading days have consecutive numbers. */
    long number(LocalDate tradingDay);

    /** Sessions in a nominal year, for scaling annual figures to one day. */
    int sessionsPerYear();

    /** The session that is open at {@code now}, or else the last one that opened before it. */
    default LocalDate currentDay(Instant now) {
        LocalDate day = tradingDayOf(LocalDate.ofInstant(now, zone()));
        return now.isBefore(opens(day)) ? previous(day) : day;
    }

    /** The last session that had closed by {@code now}. */
    default LocalDate lastClosedDay(Instant now) {
        LocalDate day = currentDay(now);
        return now.isBefore(closes(day)) ? previous(day) : day;
    }
}
