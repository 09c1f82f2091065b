package dev.portico.domain.quote;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The last price of a symbol, as of a time, from a source. Money is {@link BigDecimal}, never a
 * binary floating point number. {@code previousClose} is absent when the source does not know it.
 */
public record Quote(Symbol symbol, BigDecimal price, String currency, Instant asOf, BigDecimal previousClose,
        String source) {

    public Quote {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(source, "source");
        if (price.signum() <= 0) {
            throw new IllegalArgumentException("A price is positive");
        }
    }

    public Optional<BigDecimal> change() {
        return Optional.ofNullable(previousClose).map(price::subtract);
    }

    /** Percent change from the previous close, to 2 decimal places. */
    public Optional<BigDecimal> changePercent() {
        return Optional.ofNullable(previousClose)
                .filter(close -> close.signum() != 0)
                .map(close -> price.subtract(close).multiply(BigDecimal.valueOf(100)).divide(close, 2, RoundingMode.HALF_UP));
    }
}
