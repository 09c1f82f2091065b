package dev.portico.adapters.quotefeed.finnhub;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** The body of Finnhub's {@code /quote} answer, with prices kept as exact decimals. */
record FinnhubQuote(BigDecimal current, BigDecimal open, BigDecimal high, BigDecimal low,
        BigDecimal previousClose, long epochSeconds) {

    FinnhubQuote {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(high, "high");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(previousClose, "previousClose");
    }

    /** Reads the fields; throws {@link IllegalArgumentException} when one is missing or not a number. */
    static FinnhubQuote from(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new IllegalArgumentException("Not a JSON object");
        }
        return new FinnhubQuote(decimal(body, "c"), decimal(body, "o"), decimal(body, "h"), decimal(body, "l"),
                decimal(body, "pc"), whole(body, "t"));
    }

    /** Finnhub's answer for a symbol it does not know: 200 with every field zero. */
    boolean isUnknownSymbol() {
        return current.signum() == 0 && epochSeconds == 0;
    }

    Instant asOf() {
        return Instant.ofEpochSecond(epochSeconds);
    }

    private static BigDecimal decimal(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || !node.isNumber()) {
            throw new IllegalArgumentException("Missing number: " + field);
        }
        return node.decimalValue();
    }

    private static long whole(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || !node.canConvertToLong() || !node.isIntegralNumber()) {
            throw new IllegalArgumentException("Missing whole number: " + field);
        }
        return node.longValue();
    }
}
