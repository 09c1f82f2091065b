package dev.portico.domain.quote;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The trading day an instant belongs to in the market's time zone: weekends roll back to Friday. */
public final class TradingDay {

    private TradingDay() {
    }

    public static LocalDate of(Instant instant, ZoneId market) {
        LocalDate day = LocalDate.ofInstant(instant, market);
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return day.minusDays(1);
        }
        if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return day.minusDays(2);
        }
        return day;
    }
}
