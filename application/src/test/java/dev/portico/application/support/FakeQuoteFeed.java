package dev.portico.application.support;

import dev.portico.application.quote.FeedHealth;
import dev.portico.application.quote.FeedQuote;
import dev.portico.application.quote.port.QuoteFeed;
import dev.portico.domain.error.FeedUnavailable;
import dev.portico.domain.quote.DailySnapshot;
import dev.portico.domain.quote.Quote;
import dev.portico.domain.quote.Symbol;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Quotes and daily snapshots from maps. A symbol with nothing in a map is unknown (empty). Tests can
 * make the feed throw {@link FeedUnavailable} for chosen symbols or for all, and read how
 * often it was asked and for which trading days.
 */
public final class FakeQuoteFeed implements QuoteFeed {

    public static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    private final Map<Symbol, FeedQuote> quotes = new HashMap<>();
    private final Map<Symbol, Map<LocalDate, DailySnapshot>> snapshotsByDay = new HashMap<>();
    private final Set<Symbol> down = new HashSet<>();
    private final List<Symbol> quoteRequests = new ArrayList<>();
    private final List<LocalDate> snapshotDays = new ArrayList<>();
    private boolean allDown;
    private int snapshotCalls;

    public synchronized FakeQuoteFeed put(FeedQuote quote) {
        quotes.put(quote.quote().symbol(), quote);
        return this;
    }

    /** The snapshot the feed answers for its symbol and date. */
    public synchronized FakeQuoteFeed put(DailySnapshot snapshot) {
        snapshotsByDay.computeIfAbsent(snapshot.symbol(), symbol -> new HashMap<>()).put(snapshot.date(), snapshot);
        return this;
    }

    /** A quote of {@code symbol} and its snapshot of {@code day}, at one sample price: a feed that knows one symbol. */
    public FakeQuoteFeed putSample(Symbol symbol, LocalDate day) {
        BigDecimal price = new BigDecimal("51.25");
        BigDecimal previousClose = new BigDecimal("50.10");
        Instant asOf = day.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
        return put(new FeedQuote(new Quote(symbol, price, "USD", asOf, previousClose, "fake"), false, Duration.ZERO))
                .put(new DailySnapshot(symbol, day, price, price, price, price, previousClose, 1_000, "USD"));
    }

    public synchronized void failFor(Symbol... symbols) {
        down.addAll(List.of(symbols));
    }

    public synchronized void failAll() {
        allDown = true;
    }

    public synchronized void recover() {
        allDown = false;
        down.clear();
    }

    @Override
    public synchronized Optional<FeedQuote> quote(Symbol symbol) {
        quoteRequests.add(symbol);
        failIfDown(symbol);
        return Optional.ofNullable(quotes.get(symbol));
    }

    @Override
    public synchronized Optional<DailySnapshot> dailySnapshot(Symbol symbol, LocalDate tradingDay) {
        snapshotCalls++;
        snapshotDays.add(tradingDay);
        failIfDown(symbol);
        return Optional.ofNullable(snapshotsByDay.getOrDefault(symbol, Map.of()).get(tradingDay));
    }

    @Override
    public synchronized FeedHealth health() {
        return new FeedHealth("fake", allDown ? FeedHealth.Circuit.OPEN : FeedHealth.Circuit.CLOSED, Optional.empty());
    }

    public synchronized int quoteCalls() {
        return quoteRequests.size();
    }

    public synchronized List<Symbol> quoteRequests() {
        return List.copyOf(quoteRequests);
    }

    public synchronized int snapshotCalls() {
        return snapshotCalls;
    }

    public synchronized List<LocalDate> snapshotDays() {
        return List.copyOf(snapshotDays);
    }

    private void failIfDown(Symbol symbol) {
        if (allDown || down.contains(symbol)) {
            throw new FeedUnavailable(RETRY_AFTER);
        }
    }
}
