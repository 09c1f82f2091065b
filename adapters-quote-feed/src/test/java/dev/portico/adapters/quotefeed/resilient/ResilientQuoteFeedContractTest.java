package dev.portico.adapters.quotefeed.resilient;

import dev.portico.application.quote.port.QuoteFeedContract;
import dev.portico.application.support.MutableClock;
import dev.portico.domain.quote.Symbol;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;

/** The resilient decorator keeps the feed contract in front of a fake upstream: with nothing cached, a down upstream is unavailable. */
class ResilientQuoteFeedContractTest extends QuoteFeedContract<ResilientQuoteFeed> {

    private final MutableClock clock = new MutableClock(Instant.parse("2024-03-04T15:00:00Z"));
    private final FakeFeed upstream = new FakeFeed(clock);
    private ResilientQuoteFeed feed;

    @Override
    protected ResilientQuoteFeed newFeed() {
        upstream.unknown.add(unknownSymbol());
        feed = ResilientQuoteFeedTest.feed(upstream, ResilientQuoteFeedTest.settings(), clock);
        return feed;
    }

    @AfterEach
    void close() {
        feed.close();
    }

    @Override
    protected Symbol knownSymbol() {
        return ResilientQuoteFeedTest.AAPL;
    }

    @Override
    protected LocalDate tradingDay() {
        return FakeFeedTest.MONDAY;
    }

    @Override
    protected boolean takeUpstreamDown(ResilientQuoteFeed feed) {
        upstream.failing = true;
        return true;
    }
}
