package dev.portico.application.support;

import dev.portico.application.quote.FeedQuote;
import dev.portico.application.quote.port.QuoteFeedContract;
import dev.portico.domain.quote.DailySnapshot;
import dev.portico.domain.quote.Quote;
import dev.portico.domain.quote.Symbol;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/** The use case tests' fake feed keeps the promises of the real ones. */
class FakeQuoteFeedTest extends QuoteFeedContract<FakeQuoteFeed> {

    private static final Symbol CSCO = new Symbol("CSCO");
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 3, 4);

    @Override
    protected FakeQuoteFeed newFeed() {
        BigDecimal price = new BigDecimal("51.25");
        return new FakeQuoteFeed()
                .put(new FeedQuote(new Quote(CSCO, price, "USD", Instant.parse("2026-03-04T15:30:00Z"),
                        new BigDecimal("50.10"), "fake"), false, Duration.ZERO))
                .put(new DailySnapshot(CSCO, WEDNESDAY, price, price, price, price, new BigDecimal("50.10"), 1_000, "USD"));
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
