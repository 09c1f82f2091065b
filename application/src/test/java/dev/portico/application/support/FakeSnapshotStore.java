package dev.portico.application.support;

import dev.portico.application.quote.port.SnapshotStore;
import dev.portico.domain.quote.DailySnapshot;
import dev.portico.domain.quote.Symbol;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Snapshots in a map, one per symbol per day; counts writes and remembers the last range asked. */
public final class FakeSnapshotStore implements SnapshotStore {

    private record Key(Symbol symbol, LocalDate date) {
    }

    /** The arguments of a call to {@link #between}. */
    public record Range(Symbol symbol, LocalDate from, LocalDate to) {
    }

    private final Map<Key, DailySnapshot> rows = new HashMap<>();
    private int insertCalls;
    private int inserted;
    private int upsertCalls;
    private Range lastRange;

    @Override
    public synchronized boolean insertIfAbsent(DailySnapshot snapshot) {
        insertCalls++;
        if (rows.putIfAbsent(key(snapshot), snapshot) == null) {
            inserted++;
            return true;
        }
        return false;
    }

    @Override
    public synchronized void upsert(DailySnapshot snapshot) {
        upsertCalls++;
        rows.put(key(snapshot), snapshot);
    }

    @Override
    public synchronized Optional<DailySnapshot> find(Symbol symbol, LocalDate date) {
        return Optional.ofNullable(rows.get(new Key(symbol, date)));
    }

    @Override
    public synchronized List<DailySnapshot> between(Symbol symbol, LocalDate from, LocalDate to) {
        lastRange = new Range(symbol, from, to);
        return rows.values().stream()
                .filter(row -> row.symbol().equals(symbol))
                .filter(row -> !row.date().isBefore(from) && !row.date().isAfter(to))
                .sorted(Comparator.comparing(DailySnapshot::date))
                .toList();
    }

    /** Stores a snapshot directly, as if stored earlier; not counted. */
    public synchronized void add(DailySnapshot snapshot) {
        rows.put(key(snapshot), snapshot);
    }

    public synchronized int size() {
        return rows.size();
    }

    public synchronized List<DailySnapshot> all() {
        return List.copyOf(rows.values());
    }

    public synchronized int insertIfAbsentCalls() {
        return insertCalls;
    }

    /** How many insertIfAbsent calls actually stored a row. */
    public synchronized int inserted() {
        return inserted;
    }

    public synchronized int upsertCalls() {
        return upsertCalls;
    }

    public synchronized Optional<Range> lastRange() {
        return Optional.ofNullable(lastRange);
    }

    private static Key key(DailySnapshot snapshot) {
        return new Key(snapshot.symbol(), snapshot.date());
    }
}
