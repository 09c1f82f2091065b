package dev.portico.adapters.quotefeed.simulated;

import dev.portico.domain.quote.Symbol;
import java.math.BigDecimal;
import java.util.Objects;

/** One simulated ticker: where its price starts, how much it moves in a year, and how much of it trades in a day. */
record Listing(Symbol symbol, BigDecimal startPrice, double annualVolatility, long averageVolume) {

    Listing {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(startPrice, "startPrice");
        if (startPrice.signum() <= 0 || annualVolatility <= 0 || averageVolume <= 0) {
            throw new IllegalArgumentException("A listing has a positive price, volatility and volume: " + symbol);
        }
    }
}
