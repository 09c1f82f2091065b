package dev.portico.application.quote.port;

import dev.portico.application.support.FakeQuoteFeed;
import dev.portico.domain.quote.Symbol;
import java.time.LocalDate;

/**
 * The {@link QuoteFeedContract} for a feed built over a {@link FakeQuoteFeed} that knows one symbol: the
 * fake itself, or a decorator of it, which then proves it passes on what it wraps, failures included.
 */
public abstract class QuoteFeedOverFakeContract<T extends QuoteFeed> extends QuoteFeedContract<T> {

    protected static final Symbol CSCO = new Symbol("CSCO");
    protected static final LocalDate WEDNESDAY = LocalDate.of(2026, 3, 4);

    protected final FakeQuoteFeed upstream = new FakeQuoteFeed().putSample(CSCO, WEDNESDAY);

    /** The feed under test, over {@code upstream}. */
    protected abstract T over(FakeQuoteFeed upstream);

    @Override
    protected final T newFeed() {
        return over(upstream);
    }

    @Override
    protected final Symbol knownSymbol() {
        return CSCO;
    }

    @Override
    protected final LocalDate tradingDay() {
        return WEDNESDAY;
    }

    @Override
    protected final boolean takeUpstreamDown(T feed) {
        upstream.failAll();
        return true;
    }
}
