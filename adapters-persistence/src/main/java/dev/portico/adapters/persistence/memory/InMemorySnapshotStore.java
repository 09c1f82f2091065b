package dev.portico.adapters.persistence.memory;

import dev.portico.application.quote.port.SnapshotStore;
import dev.portico.domain.quote.DailySnapshot;
import dev.portico.domain.quote.Symbol;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Daily snapshots in this process's memory, each symbol's days in date order. One lock makes each
 * method a single step, as a statement does in SQLite.
 */
public final class InMemorySnapshotStore implements SnapshotStore {

    private final Map<Symbol, NavigableMap<LocalDate, DailySnapshot>> bySymbol = new HashMap<>();

    @Override
    public synchronized boolean insertIfAbsent(DailySnapshot snapshot) {
        return days(snapshot.symbol()).putIfAbsent(snapshot.date(), snapshot) == null;
    }

    @Override
    public synchronized void upsert(DailySnapshot snapshot) {
        days(snapshot.symbol()).put(snapshot.date(), snapshot);
    }

    private NavigableMap<LocalDate, DailySnapshot> days(Symbol symbol) {
        return bySymbol.computeIfAbsent(symbol, ignored -> new TreeMap<>());
    }

    @Override
    public synchronized Optional<DailySnapshot> find(Symbol symbol, LocalDate date) {
        return Optional.ofNullable(bySymbol.getOrDefault(symbol, new TreeMap<>()).get(date));
    }

    @Override
    public synchronized List<DailySnapshot> between(Symbol symbol, LocalDate from, LocalDate to) {
        NavigableMap<LocalDate, DailySnapshot> days = bySymbol.get(symbol);
        if (days == null || from.isAfter(to)) {
            return List.of();
        }
        return List.copyOf(days.subMap(from, true, to, true).values());
    }
}
