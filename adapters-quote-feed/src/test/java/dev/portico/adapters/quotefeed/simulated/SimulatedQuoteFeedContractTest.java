package dev.portico.adapters.quotefeed.simulated;

import static dev.portico.adapters.quotefeed.simulated.Markets.EXCHANGE;
import static dev.portico.adapters.quotefeed.simulated.Markets.WEDNESDAY;
import static dev.portico.adapters.quotefeed.simulated.Markets.at;

import dev.portico.application.quote.port.QuoteFeedContract;
import dev.portico.domain.quote.Symbol;
import java.time.LocalDate;

/** The simulated market, mid-session on a Wednesday, keeps the feed contract; it has no upstream to lose. */
class SimulatedQuoteFeedContractTest extends QuoteFeedContract<SimulatedQuoteFeed> {

    @Override
    protected SimulatedQuoteFeed newFeed() {
        return Markets.feed(EXCHANGE, at(WEDNESDAY, 11, 0, 0));
    }

    @Override
    protected Symbol knownSymbol() {
        return Markets.symbol("AAPL");
    }

    @Override
    protected LocalDate tradingDay() {
        return WEDNESDAY;
    }

    @Override
    protected boolean takeUpstreamDown(SimulatedQuoteFeed feed) {
        return false;
    }
}
