package dev.portico.domain.quote;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/** One symbol's trading day: open, high, low, close, the previous close, and volume. */
public record DailySnapshot(Symbol symbol, LocalDate date, BigDecimal open, BigDecimal high, BigDecimal low,
        BigDecimal close, BigDecimal previousClose, long volume, String currency) {

    public DailySnapshot {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(high, "high");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(close, "close");
        Objects.requireNonNull(previousClose, "previousClose");
        Objects.requireNonNull(currency, "currency");
        if (high.compareTo(low) < 0 || high.compareTo(open) < 0 || high.compareTo(close) < 0
                || low.compareTo(open) > 0 || low.compareTo(close) > 0) {
            throw new IllegalArgumentException("high is the highest and low the lowest price of the day");
        }
        if (volume < 0) {
            throw new IllegalArgumentException("Volume is not negative");
        }
    }

    public BigDecimal change() {
        return close.subtract(previousClose);
    }

    /** Percent change from the previous close, to 2 decimal places (0 when the previous close is 0). */
    public BigDecimal changePercent() {
        if (previousClose.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return change().multiply(BigDecimal.valueOf(100)).divide(previousClose, 2, RoundingMode.HALF_UP);
    }
}
