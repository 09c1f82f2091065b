package dev.portico.adapters.quotefeed.resilient;

import dev.portico.application.quote.FeedHealth;
import dev.portico.application.quote.FeedQuote;
import dev.portico.application.quote.port.QuoteFeed;
import dev.portico.domain.quote.DailySnapshot;
import dev.portico.domain.quote.Symbol;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Puts a cache, single-flight loading, a rate limit, retries, a deadline and a circuit breaker in front of
 * any feed. A quote's age is the age the feed reported plus the time it has spent in the cache. Close it
 * at shutdown to stop the worker threads its calls run on.
 */
public final class ResilientQuoteFeed implements QuoteFeed, AutoCloseable {

    private final QuoteFeed delegate;
    private final Clock clock;
    private final UpstreamGuard guard;
    private final GuardedCache<Symbol, FeedQuote> quotes;
    private final GuardedCache<SnapshotKey, DailySnapshot> snapshots;

    public ResilientQuoteFeed(QuoteFeed delegate, ResilienceSettings settings, Clock clock) {
        this(delegate, settings, clock, Ticker.system());
    }

    public ResilientQuoteFeed(QuoteFeed delegate, ResilienceSettings settings, Clock clock, Ticker ticker) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.guard = new UpstreamGuard("quote-feed", Objects.requireNonNull(settings, "settings"), clock,
                Objects.requireNonNull(ticker, "ticker"));
        this.quotes = new GuardedCache<>(settings, clock, guard);
        this.snapshots = new GuardedCache<>(settings, clock, guard);
    }

    @Override
    public Optional<FeedQuote> quote(Symbol symbol) {
        Answer<FeedQuote> answer = quotes.get(symbol, () -> delegate.quote(symbol));
        Duration inCache = Duration.between(answer.fetchedAt(), clock.instant());
        return answer.value().map(fetched -> new FeedQuote(fetched.quote(), answer.stale(), fetched.age().plus(inCache)));
    }

    @Override
    public Optional<DailySnapshot> dailySnapshot(Symbol symbol, LocalDate tradingDay) {
        return snapshots.get(new SnapshotKey(symbol, tradingDay), () -> delegate.dailySnapshot(symbol, tradingDay)).value();
    }

    @Override
    public FeedHealth health() {
        return new FeedHealth(delegate.health().source(), guard.circuit(),
                guard.lastSuccess().map(at -> Duration.between(at, clock.instant())));
    }

    @Override
    public void close() {
        guard.close();
    }
}
