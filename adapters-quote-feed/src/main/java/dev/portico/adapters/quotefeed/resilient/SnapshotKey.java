package dev.portico.adapters.quotefeed.resilient;

import dev.portico.domain.quote.Symbol;
import java.time.LocalDate;

record SnapshotKey(Symbol symbol, LocalDate tradingDay) {
}
