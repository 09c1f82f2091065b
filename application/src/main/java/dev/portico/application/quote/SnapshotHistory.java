package dev.portico.application.quote;

import dev.portico.application.quote.port.SnapshotStore;
import dev.portico.domain.error.InvalidInputException;
import dev.portico.domain.quote.DailySnapshot;
import dev.portico.domain.quote.MarketCalendar;
import dev.portico.domain.quote.Symbol;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Stored snapshots of a symbol over a range of at most 366 days; 30 days up to today by default. */
public final class SnapshotHistory {

    public static final int MAX_DAYS = 366;
    static final int DEFAULT_DAYS = 30;

    private final SnapshotStore store;
    private final Clock clock;
    private final MarketCalendar calendar;

    public SnapshotHistory(SnapshotStore store, Clock clock, MarketCalendar calendar) {
        this.store = store;
        this.clock = clock;
        this.calendar = calendar;
    }

    /** {@code from} and {@code to} may each be null for the default. */
    public List<DailySnapshot> between(Symbol symbol, LocalDate from, LocalDate to) {
        LocalDate end = to != null ? to : calendar.currentDay(clock.instant());
        LocalDate start = from != null ? from : end.minusDays(DEFAULT_DAYS - 1L);
        if (start.isAfter(end)) {
            throw new InvalidInputException(to != null ? "to" : "from", "from must not be after to");
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
            throw new InvalidInputException(to != null ? "to" : "from",
                    "A history covers at most " + MAX_DAYS + " days per call");
        }
        return store.between(symbol, start, end);
    }
}
