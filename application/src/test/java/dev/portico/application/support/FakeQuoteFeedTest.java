package dev.portico.application.support;

import dev.portico.application.quote.port.QuoteFeedContract;
import dev.portico.domain.quote.Symbol;
import java.time.LocalDate;

/** The use case tests' fake feed keeps the promises of the real ones. */
class FakeQuoteFeedTest extends QuoteFeedContract<FakeQuoteFeed> {

    private static final Symbol CSCO = new Symbol("CSCO");
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 3, 4);

    @Override
    protected FakeQuoteFeed newFeed() {
        return new FakeQuoteFeed().putSample(CSCO, WEDNESDAY);
    }

    @Override
    protected Symbol knownSymbol() {
        return CSCO;
    }

    @Override
    protected LocalDate tradingDay() {
        return WEDNESDAY;
    }

    @Override
    protected boolean takeUpstreamDown(FakeQuoteFeed feed) {
        feed.failAll();
        return true;
    }
}
