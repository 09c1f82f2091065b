package dev.portico.adapters.rest.quote;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** Stored snapshots of one symbol, oldest first. */
@Schema(name = "SnapshotHistory", description = "Stored daily snapshots, oldest first.")
public record SnapshotHistoryResponse(@Schema(example = "CSCO") String symbol, List<SnapshotV1Response> items) {
}
