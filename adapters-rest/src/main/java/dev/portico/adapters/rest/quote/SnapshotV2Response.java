package dev.portico.adapters.rest.quote;

import dev.portico.domain.quote.DailySnapshot;
import io.swagger.v3.oas.annotations.media.Schema;

/** v2 daily snapshot: money as decimal strings. */
@Schema(name = "SnapshotV2", description = "One trading day of a symbol; money as decimal strings.")
public record SnapshotV2Response(
        @Schema(example = "BRK.B") String symbol,
        @Schema(example = "2026-03-02") String date,
        @Schema(example = "62.10") String open,
        @Schema(example = "62.80") String high,
        @Schema(example = "61.95") String low,
        @Schema(example = "62.45") String close,
        @Schema(example = "62.10") String previousClose,
        @Schema(example = "0.35") String change,
        @Schema(example = "0.56") String changePercent,
        @Schema(example = "18234000") long volume,
        @Schema(example = "USD") String currency) {

    static SnapshotV2Response from(DailySnapshot snapshot) {
        return new SnapshotV2Response(snapshot.symbol().value(), snapshot.date().toString(),
                snapshot.open().toPlainString(), snapshot.high().toPlainString(), snapshot.low().toPlainString(),
                snapshot.close().toPlainString(), snapshot.previousClose().toPlainString(),
                snapshot.change().toPlainString(), snapshot.changePercent().toPlainString(), snapshot.volume(),
                snapshot.currency());
    }
}
