package dev.portico.adapters.quotefeed.counting;

import dev.portico.application.quote.FeedHealth;
import dev.portico.application.quote.FeedQuote;
import dev.portico.application.quote.port.QuoteFeed;
import dev.portico.domain.quote.DailySnapshot;
import dev.portico.domain.quote.Symbol;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/** Counts the calls that reach the raw feed, so operators can see what the cache saves. */
public final class CountingQuoteFeed implements QuoteFeed {

    private final QuoteFeed delegate;
    private final LongAdder calls = new LongAdder();

    public CountingQuoteFeed(QuoteFeed delegate) {
        this.delegate = delegate;
    }

    @Override
    public Optional<FeedQuote> quote(Symbol symbol) {
        calls.increment();
        return delegate.quote(symbol);
    }

    @Override
    public Optional<DailySnapshot> dailySnapshot(Symbol symbol, LocalDate tradingDay) {
        calls.increment();
        return delegate.dailySnapshot(symbol, tradingDay);
    }

    @Override
    public FeedHealth health() {
        return delegate.health();
    }

    public long calls() {
        return calls.sum();
    }
}
