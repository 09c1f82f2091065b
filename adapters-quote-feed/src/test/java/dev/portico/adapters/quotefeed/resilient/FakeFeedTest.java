package dev.portico.adapters.quotefeed.resilient;

import dev.portico.application.quote.port.QuoteFeedContract;
import dev.portico.application.support.MutableClock;
import dev.portico.domain.quote.Symbol;
import java.time.Instant;
import java.time.LocalDate;

/** The resilience tests' upstream keeps the promises of a real feed. */
class FakeFeedTest extends QuoteFeedContract<FakeFeed> {

    static final LocalDate MONDAY = LocalDate.of(2024, 3, 4);

    @Override
    protected FakeFeed newFeed() {
        FakeFeed feed = new FakeFeed(new MutableClock(Instant.parse("2024-03-04T15:00:00Z")));
        feed.unknown.add(unknownSymbol());
        return feed;
    }

    @Override
    protected Symbol knownSymbol() {
        return ResilientQuoteFeedTest.AAPL;
    }

    @Override
    protected LocalDate tradingDay() {
        return MONDAY;
    }

    @Override
    protected boolean takeUpstreamDown(FakeFeed feed) {
        feed.failing = true;
        return true;
    }
}
