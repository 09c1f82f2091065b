package dev.portico.adapters.rest.quote;

import dev.portico.domain.quote.DailySnapshot;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/** v1 daily snapshot: numbers. */
@Schema(name = "SnapshotV1", description = "One trading day of a symbol (v1: JSON numbers).")
public record SnapshotV1Response(
        @Schema(example = "CSCO") String symbol,
        @Schema(description = "Trading day in the market's time zone.", example = "2026-03-02") String date,
        @Schema(example = "62.10") BigDecimal open,
        @Schema(example = "62.80") BigDecimal high,
        @Schema(example = "61.95") BigDecimal low,
        @Schema(description = "The last price so far today; the close for past days.", example = "62.45") BigDecimal close,
        @Schema(example = "62.10") BigDecimal previousClose,
        @Schema(example = "0.35") BigDecimal change,
        @Schema(example = "0.56") BigDecimal changePercent,
        @Schema(example = "18234000") long volume,
        @Schema(example = "USD") String currency) {

    static SnapshotV1Response from(DailySnapshot snapshot) {
        return new SnapshotV1Response(snapshot.symbol().value(), snapshot.date().toString(), snapshot.open(),
                snapshot.high(), snapshot.low(), snapshot.close(), snapshot.previousClose(), snapshot.change(),
                snapshot.changePercent(), snapshot.volume(), snapshot.currency());
    }
}
