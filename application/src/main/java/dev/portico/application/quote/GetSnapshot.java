package dev.portico.application.quote;

import dev.portico.application.quote.port.QuoteFeed;
import dev.portico.application.quote.port.SnapshotStore;
import dev.portico.domain.error.FeedUnavailable;
import dev.portico.domain.error.UnknownSymbol;
import dev.portico.domain.quote.DailySnapshot;
import dev.portico.domain.quote.MarketCalendar;
import dev.portico.domain.quote.Symbol;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The current trading day's snapshot, live from the feed. The first request of a day also stores it,
 * so the day is in the history even before the scheduled capture runs; when the feed is down, the
 * stored snapshot of the day is served instead.
 */
public final class GetSnapshot {

    private final QuoteFeed feed;
    private final SnapshotStore store;
    private final Clock clock;
    private final MarketCalendar calendar;

    public GetSnapshot(QuoteFeed feed, SnapshotStore store, Clock clock, MarketCalendar calendar) {
        this.feed = feed;
        this.store = store;
        this.clock = clock;
        this.calendar = calendar;
    }

    public DailySnapshot get(Symbol symbol) {
        LocalDate day = calendar.currentDay(clock.instant());
        Optional<DailySnapshot> live;
        try {
            live = feed.dailySnapshot(symbol, day);
        } catch (FeedUnavailable down) {
            return store.find(symbol, day).orElseThrow(() -> down);
        }
        DailySnapshot snapshot = live.orElseThrow(() -> new UnknownSymbol(symbol.value()));
        store.insertIfAbsent(snapshot);
        return snapshot;
    }
}
