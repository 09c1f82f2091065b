package dev.portico.application.quote;

import dev.portico.application.quote.port.QuoteFeed;
import dev.portico.application.quote.port.SnapshotStore;
import dev.portico.domain.error.FeedUnavailable;
import dev.portico.domain.quote.DailySnapshot;
import dev.portico.domain.quote.MarketCalendar;
import dev.portico.domain.quote.Symbol;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Stores the snapshot of the last session that closed for every tracked symbol, replacing a provisional
 * one stored by an earlier request. Running it again for the same session stores the same one row per symbol.
 */
public final class CaptureDailySnapshots {

    private final QuoteFeed feed;
    private final SnapshotStore store;
    private final List<Symbol> tracked;
    private final Clock clock;
    private final MarketCalendar calendar;

    public CaptureDailySnapshots(QuoteFeed feed, SnapshotStore store, List<Symbol> tracked, Clock clock, MarketCalendar calendar) {
        this.feed = feed;
        this.store = store;
        this.tracked = List.copyOf(tracked);
        this.clock = clock;
        this.calendar = calendar;
    }

    public Result capture() {
        LocalDate day = calendar.lastClosedDay(clock.instant());
        int stored = 0;
        int unknown = 0;
        int failed = 0;
        for (Symbol symbol : tracked) {
            try {
                Optional<DailySnapshot> snapshot = feed.dailySnapshot(symbol, day);
                if (snapshot.isPresent()) {
                    store.upsert(snapshot.get());
                    stored++;
                } else {
                    unknown++;
                }
            } catch (FeedUnavailable down) {
                failed++;
            }
        }
        return new Result(day, stored, unknown, failed);
    }

    /** What a capture did, for the log. */
    public record Result(LocalDate day, int stored, int unknown, int failed) {
    }
}
