package dev.portico.application.support;

import dev.portico.application.stream.port.QuoteStreamContract;
import dev.portico.domain.quote.Quote;
import dev.portico.domain.quote.Symbol;
import java.math.BigDecimal;
import java.time.Instant;

/** The test fake is held to the port's contract, so what the hub's tests learn from it holds for the adapter. */
class FakeQuoteStreamTest extends QuoteStreamContract<FakeQuoteStream> {

    @Override
    protected FakeQuoteStream newStream() {
        return new FakeQuoteStream();
    }

    @Override
    protected void move(Symbol symbol, String price) {
        stream.push(new Quote(symbol, new BigDecimal(price), "USD", Instant.parse("2026-03-04T17:00:00Z"),
                new BigDecimal("99.00"), "fake"));
    }

    @Override
    protected void settle() {
        // Synchronous: a push has reached every subscriber when it returns.
    }
}
